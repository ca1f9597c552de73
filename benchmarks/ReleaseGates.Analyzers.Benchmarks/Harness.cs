using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ReleaseGates.Analyzers.Benchmarks;

/// <summary>What to measure besides the one run with every analyzer.</summary>
/// <param name="FlowOn">Force the privacy rules' flow across methods on (as for a project that lists transcript members).</param>
/// <param name="Runs">How many times each marginal configuration runs (interleaved; medians are reported); 0 for none.</param>
internal sealed record HarnessSettings(bool FlowOn, int Runs, bool Keystroke = true);

/// <summary>
/// Measures, on one compilation: its compile time (declarations and every method body bound, the compiler's
/// diagnostics; no emit), the per-analyzer execution times of one sequential <see cref="CompilationWithAnalyzers"/> run
/// with every ReleaseGates analyzer and NetAnalyzers' logging analyzer together, the processor time each set adds to
/// that run (the run without it, on a fresh compilation, subtracted), and one document's analysis after an edit (a
/// keystroke): the semantic diagnostics of the file with the most log calls in a compilation where that file changed,
/// with the ReleaseGates analyzers and with the logging analyzer, median of 7.
/// </summary>
internal static class Harness
{
    /// <summary>A global option that turns the privacy rules' flow across methods on, as a project that lists its transcript members does.</summary>
    public const string FlowOnOption = "release_gates.transcript_members";

    private static readonly MetadataReference[] References =
    [
        .. Basic.Reference.Assemblies.Net80.References.All,
        .. new[]
        {
            typeof(Microsoft.Extensions.Logging.ILogger).Assembly,
            typeof(Microsoft.Extensions.Logging.LoggerFactory).Assembly,
            typeof(Microsoft.Extensions.Options.IOptions<>).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(Microsoft.Extensions.Primitives.StringValues).Assembly,
        }.Select(a => MetadataReference.CreateFromFile(a.Location)),
    ];

    public static async Task Measure(SyntaxTree[] trees, DiagnosticAnalyzer[] releaseGates, DiagnosticAnalyzer[] logging, string corpus, bool report, HarnessSettings settings)
    {
        var lines = trees.Sum(t => t.GetText().Lines.Count);
        var analyzerOptions = settings.FlowOn ? new AnalyzerOptions([], new GlobalOption(FlowOnOption, "T:Benchmark.ForcedOn")) : new AnalyzerOptions([]);
        Progress($"{trees.Length} files: compiling");
        var compilation = Compile(trees);
        var (compileTime, compileCpu) = Timed(() => compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error), out var errors);

        Progress($"compiled in {compileTime.TotalSeconds:N1} s; analyzing");
        var analyzers = releaseGates.Concat(logging).ToImmutableArray();
        var withAnalyzers = Compile(trees).WithAnalyzers(analyzers, Options(analyzerOptions, concurrent: false));
        var (analysisWallTime, analysisCpu) = Timed(() => withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult(), out var result);

        // Processor time each set adds: the same run on a fresh compilation with every analyzer, without the ReleaseGates
        // analyzers and without the logging analyzer, interleaved, medians (the telemetry run above is the first and pays
        // the JIT, so it is not one of them).
        var all = new List<TimeSpan>();
        var withoutReleaseGates = new List<TimeSpan>();
        var withoutLogging = new List<TimeSpan>();
        for (var run = 0; run < settings.Runs; run++)
        {
            Progress($"marginal processor time, run {run + 1} of {settings.Runs}");
            all.Add(CpuOfRun(trees, analyzers, analyzerOptions));
            withoutReleaseGates.Add(CpuOfRun(trees, [.. logging], analyzerOptions));
            withoutLogging.Add(CpuOfRun(trees, [.. releaseGates], analyzerOptions));
        }

        Progress($"analyzed in {analysisWallTime.TotalSeconds:N1} s; keystrokes");
        var keystroke = settings.Keystroke ? await Keystroke(trees, releaseGates, logging, analyzerOptions) : default;
        if (!report)
        {
            return;
        }

        var diagnostics = result.GetAllDiagnostics();
        TimeSpan Time(IEnumerable<DiagnosticAnalyzer> set) => set.Aggregate(TimeSpan.Zero, (sum, a) => sum + result.AnalyzerTelemetryInfo[a].ExecutionTime);
        var releaseGatesTime = Time(releaseGates);
        var loggingTime = Time(logging);

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
        Console.WriteLine($"corpus: {corpus}");
        Console.WriteLine($"compilation: {trees.Length} files, {lines:N0} lines, {errors:N0} compiler errors (unresolved references)");
        var followed = settings.FlowOn ? "forced on (release_gates.transcript_members set)"
            : ReleaseGates.Analyzers.Privacy.PrivacyContext.For(compilation).MayHaveSources ? "on (something can carry a transcript)" : "off (nothing beyond a method's own names can carry a transcript)";
        Console.WriteLine($"privacy flow across methods: {followed}");
        Console.WriteLine($"compile time (declarations + method bodies bound, compiler diagnostics, no emit): {compileTime.TotalMilliseconds:N0} ms wall, {compileCpu.TotalMilliseconds:N0} ms processor");
        Console.WriteLine($"analysis (driver + all analyzers, sequential): {analysisWallTime.TotalMilliseconds:N0} ms wall, {analysisCpu.TotalMilliseconds:N0} ms processor");
        foreach (var analyzer in analyzers)
        {
            var ids = string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct());
            var count = diagnostics.Count(d => analyzer.SupportedDiagnostics.Any(s => s.Id == d.Id));
            Console.WriteLine($"  {analyzer.GetType().Name,-40} {result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds,8:N1} ms  {count,6} diagnostics  ({ids})");
        }

        Console.WriteLine($"ReleaseGates analyzers together (driver telemetry, wall time in callbacks): {releaseGatesTime.TotalMilliseconds:N0} ms = {releaseGatesTime / compileTime:P2} of compile time");
        Console.WriteLine($"NetAnalyzers logging analyzer (CA2254 and 5 more): {loggingTime.TotalMilliseconds:N0} ms = {loggingTime / compileTime:P2} of compile time");
        Console.WriteLine($"ratio ReleaseGates / logging analyzer (telemetry): {releaseGatesTime / loggingTime:N2}");
        if (settings.Runs > 0)
        {
            var allCpu = Median(all);
            var releaseGatesCpu = allCpu - Median(withoutReleaseGates);
            var loggingCpu = allCpu - Median(withoutLogging);
            Console.WriteLine($"processor time added to the run (median of {settings.Runs}; all {allCpu.TotalMilliseconds:N0} ms, without ReleaseGates {Median(withoutReleaseGates).TotalMilliseconds:N0} ms, without the logging analyzer {Median(withoutLogging).TotalMilliseconds:N0} ms):");
            Console.WriteLine($"  ReleaseGates {releaseGatesCpu.TotalMilliseconds:N0} ms = {releaseGatesCpu / compileCpu:P2} of compile processor time; logging analyzer {loggingCpu.TotalMilliseconds:N0} ms = {loggingCpu / compileCpu:P2}; ratio {releaseGatesCpu / loggingCpu:N2}");
        }

        if (settings.Keystroke)
        {
            Console.WriteLine($"keystroke in {Path.GetFileName(keystroke.File)} (one document's semantic diagnostics after an edit, median of 7): "
            + $"ReleaseGates {keystroke.ReleaseGates.Wall.TotalMilliseconds:N1} ms wall / {keystroke.ReleaseGates.Cpu.TotalMilliseconds:N1} ms processor, "
            + $"logging analyzer {keystroke.Logging.Wall.TotalMilliseconds:N1} ms wall / {keystroke.Logging.Cpu.TotalMilliseconds:N1} ms processor");
        }
    }

    private static TimeSpan CpuOfRun(SyntaxTree[] trees, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
    {
        var withAnalyzers = Compile(trees).WithAnalyzers(analyzers, Options(options, concurrent: false));
        return Timed(() => withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult(), out _).Cpu;
    }

    private static async Task<(string File, (TimeSpan Wall, TimeSpan Cpu) ReleaseGates, (TimeSpan Wall, TimeSpan Cpu) Logging)> Keystroke(
        SyntaxTree[] trees, DiagnosticAnalyzer[] releaseGates, DiagnosticAnalyzer[] logging, AnalyzerOptions options)
    {
        var tree = trees.MaxBy(t => CountOf(t.GetText().ToString(), ".Log"))!;
        // As in the IDE: the other files' declarations are known, their method bodies are not bound again.
        var baseCompilation = Compile(trees);
        var releaseGatesTimes = new List<(TimeSpan, TimeSpan)>();
        var loggingTimes = new List<(TimeSpan, TimeSpan)>();
        for (var i = 0; i < 7; i++)
        {
            foreach (var (set, times) in new[] { (releaseGates, releaseGatesTimes), (logging, loggingTimes) })
            {
                // A keystroke: the file changes (a comment is typed at its end), the compilation is a new one.
                var text = tree.GetText();
                var edited = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(text.Length, 0), $"// {i}{set.Length}\n")));
                var compilation = baseCompilation.ReplaceSyntaxTree(tree, edited);
                var model = compilation.GetSemanticModel(edited);
                _ = model.GetDiagnostics();
                var withAnalyzers = compilation.WithAnalyzers(set.ToImmutableArray(), Options(options, concurrent: false));
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                _ = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None);
                times.Add((stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - before));
            }
        }

        return (tree.FilePath, MedianPair(releaseGatesTimes), MedianPair(loggingTimes));
    }

    private static (TimeSpan Wall, TimeSpan Cpu) Timed<T>(Func<T> run, out T value)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        value = run();
        var wall = stopwatch.Elapsed;
        return (wall, Process.GetCurrentProcess().TotalProcessorTime - before);
    }

    private static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static (TimeSpan, TimeSpan) MedianPair(List<(TimeSpan Wall, TimeSpan Cpu)> times) =>
        (Median(times.Select(t => t.Wall).ToList()), Median(times.Select(t => t.Cpu).ToList()));

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static CompilationWithAnalyzersOptions Options(AnalyzerOptions options, bool concurrent) =>
        new(options, onAnalyzerException: (e, a, _) => Console.Error.WriteLine($"{a.GetType().Name} threw: {e}"), concurrentAnalysis: concurrent, logAnalyzerExecutionTime: true);

    private static CSharpCompilation Compile(SyntaxTree[] trees) => CSharpCompilation.Create(
        "Measured",
        trees,
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true, concurrentBuild: false)
            .WithSpecificDiagnosticOptions([new("CA2254", ReportDiagnostic.Warn), new("CA1848", ReportDiagnostic.Warn), new("CA2017", ReportDiagnostic.Warn)]));

    /// <summary>One global .editorconfig key for every file, as a .globalconfig sets it.</summary>
    private sealed class GlobalOption(string key, string value) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(key, value);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(string key, string value) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? found)
            {
                found = name == key ? value : null;
                return found is not null;
            }
        }
    }
}
