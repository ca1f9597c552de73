using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ReleaseGates.Analyzers.Benchmarks;

/// <summary>
/// Measures, on one compilation: its compile time (declarations and every method body bound, the compiler's
/// diagnostics; no emit), the per-analyzer execution times of one sequential <see cref="CompilationWithAnalyzers"/> run
/// with every ReleaseGates analyzer and NetAnalyzers' logging analyzer together, and one document's analysis after an
/// edit (a keystroke): the semantic diagnostics of the file with the most log calls in a compilation where that file
/// changed, with the ReleaseGates analyzers and with the logging analyzer, median of 7.
/// </summary>
internal static class Harness
{
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

    public static async Task Measure(SyntaxTree[] trees, DiagnosticAnalyzer[] releaseGates, DiagnosticAnalyzer[] logging, string corpus, bool report)
    {
        var lines = trees.Sum(t => t.GetText().Lines.Count);
        Progress($"{trees.Length} files: compiling");
        var compilation = Compile(trees);
        var stopwatch = Stopwatch.StartNew();
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var compileTime = stopwatch.Elapsed;

        Progress($"compiled in {compileTime.TotalSeconds:N1} s; analyzing");
        var analyzers = releaseGates.Concat(logging).ToImmutableArray();
        var withAnalyzers = Compile(trees).WithAnalyzers(analyzers, Options(concurrent: false));
        stopwatch.Restart();
        var result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
        var analysisWallTime = stopwatch.Elapsed;

        Progress($"analyzed in {analysisWallTime.TotalSeconds:N1} s; keystrokes");
        var (keystrokeFile, releaseGatesKeystroke, loggingKeystroke) = await Keystroke(trees, releaseGates, logging);
        if (!report)
        {
            return;
        }

        var diagnostics = result.GetAllDiagnostics();
        TimeSpan Time(IEnumerable<DiagnosticAnalyzer> set) => set.Aggregate(TimeSpan.Zero, (sum, a) => sum + result.AnalyzerTelemetryInfo[a].ExecutionTime);
        var releaseGatesTime = Time(releaseGates);
        var loggingTime = Time(logging);

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
        Console.WriteLine($"corpus: {corpus}");
        Console.WriteLine($"compilation: {trees.Length} files, {lines:N0} lines, {errors:N0} compiler errors (unresolved references)");
        Console.WriteLine($"privacy flow across methods: {(ReleaseGates.Analyzers.Privacy.PrivacyContext.For(compilation).MayHaveSources ? "on (something can carry a transcript)" : "off (nothing beyond a method's own names can carry a transcript)")}");
        Console.WriteLine($"compile time (declarations + method bodies bound, compiler diagnostics, no emit): {compileTime.TotalMilliseconds:N0} ms");
        Console.WriteLine($"analysis wall time (driver + all analyzers, sequential): {analysisWallTime.TotalMilliseconds:N0} ms");
        foreach (var analyzer in analyzers)
        {
            var ids = string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct());
            var count = diagnostics.Count(d => analyzer.SupportedDiagnostics.Any(s => s.Id == d.Id));
            Console.WriteLine($"  {analyzer.GetType().Name,-40} {result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds,8:N1} ms  {count,6} diagnostics  ({ids})");
        }

        Console.WriteLine($"ReleaseGates analyzers together: {releaseGatesTime.TotalMilliseconds:N0} ms = {releaseGatesTime / compileTime:P2} of compile time");
        Console.WriteLine($"NetAnalyzers logging analyzer (CA2254 and 5 more): {loggingTime.TotalMilliseconds:N0} ms = {loggingTime / compileTime:P2} of compile time");
        Console.WriteLine($"ratio ReleaseGates / logging analyzer: {releaseGatesTime / loggingTime:N2}");
        Console.WriteLine($"keystroke in {Path.GetFileName(keystrokeFile)} (one document's semantic diagnostics after an edit, median of 7): ReleaseGates {releaseGatesKeystroke.TotalMilliseconds:N1} ms, logging analyzer {loggingKeystroke.TotalMilliseconds:N1} ms");
    }

    private static async Task<(string File, TimeSpan ReleaseGates, TimeSpan Logging)> Keystroke(SyntaxTree[] trees, DiagnosticAnalyzer[] releaseGates, DiagnosticAnalyzer[] logging)
    {
        var tree = trees.MaxBy(t => CountOf(t.GetText().ToString(), ".Log"))!;
        // As in the IDE: the other files' declarations are known, their method bodies are not bound again.
        var baseCompilation = Compile(trees);
        var releaseGatesTimes = new List<TimeSpan>();
        var loggingTimes = new List<TimeSpan>();
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
                var withAnalyzers = compilation.WithAnalyzers(set.ToImmutableArray(), Options(concurrent: false));
                var stopwatch = Stopwatch.StartNew();
                _ = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None);
                times.Add(stopwatch.Elapsed);
            }
        }

        return (tree.FilePath, Median(releaseGatesTimes), Median(loggingTimes));
    }

    private static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static CompilationWithAnalyzersOptions Options(bool concurrent) =>
        new(new AnalyzerOptions([]), onAnalyzerException: (e, a, _) => Console.Error.WriteLine($"{a.GetType().Name} threw: {e}"), concurrentAnalysis: concurrent, logAnalyzerExecutionTime: true);

    private static CSharpCompilation Compile(SyntaxTree[] trees) => CSharpCompilation.Create(
        "Measured",
        trees,
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true, concurrentBuild: false)
            .WithSpecificDiagnosticOptions([new("CA2254", ReportDiagnostic.Warn), new("CA1848", ReportDiagnostic.Warn), new("CA2017", ReportDiagnostic.Warn)]));
}
