using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Benchmarks;
using ReleaseGates.Analyzers.Privacy;

// Usage: dotnet run -c Release --project benchmarks/ReleaseGates.Analyzers.Benchmarks [files] [methods-per-file]
var files = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 400;
var methods = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40;

var netAnalyzers = NetAnalyzersReporting("CA2254");
DiagnosticAnalyzer[] privacy = [new TranscriptReachesLogAnalyzer(), new TranscriptInExceptionMessageAnalyzer(), new AudioReachesLogAnalyzer()];

// Warm-up on a small compilation: JIT the compiler, the driver and every analyzer before anything is timed.
await Measure(Generate(20, methods), privacy, netAnalyzers, report: false);
await Measure(Generate(files, methods), privacy, netAnalyzers, report: true);

static SyntaxTree[] Generate(int files, int methods)
{
    var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(GeneratedCodebase.Apis, path: "Apis.cs") };
    for (var i = 0; i < files; i++)
    {
        trees.Add(CSharpSyntaxTree.ParseText(GeneratedCodebase.File(i, methods), path: $"Service{i}.cs"));
    }

    return trees.ToArray();
}

static CSharpCompilation Compile(SyntaxTree[] trees) => CSharpCompilation.Create(
    "Generated",
    trees,
    Basic.Reference.Assemblies.Net80.References.All,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false)
        .WithSpecificDiagnosticOptions([new("CA2254", ReportDiagnostic.Warn)]));

static async Task Measure(SyntaxTree[] trees, DiagnosticAnalyzer[] privacy, DiagnosticAnalyzer[] netAnalyzers, bool report)
{
    var lines = trees.Sum(t => t.GetText().Lines.Count);

    // Compile time: bind every method body, report the compiler's diagnostics, emit the assembly.
    var compilation = Compile(trees);
    var stopwatch = Stopwatch.StartNew();
    var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
    using (var peStream = new MemoryStream())
    {
        var emitted = compilation.Emit(peStream);
        errors += emitted.Success ? 0 : 1;
    }

    var compileTime = stopwatch.Elapsed;
    if (errors > 0)
    {
        throw new InvalidOperationException($"the generated code does not compile: {compilation.GetDiagnostics().First(d => d.Severity == DiagnosticSeverity.Error)}");
    }

    // One analyzer run over a fresh compilation of the same trees, with the compiler's per-analyzer execution times.
    var analyzers = privacy.Concat(netAnalyzers).ToImmutableArray();
    var withAnalyzers = Compile(trees).WithAnalyzers(
        analyzers,
        new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
    stopwatch.Restart();
    var result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
    var analysisWallTime = stopwatch.Elapsed;
    if (!report)
    {
        return;
    }

    var diagnostics = result.GetAllDiagnostics();
    TimeSpan Time(IEnumerable<DiagnosticAnalyzer> set) => set.Aggregate(TimeSpan.Zero, (sum, a) => sum + result.AnalyzerTelemetryInfo[a].ExecutionTime);
    var privacyTime = Time(privacy);
    var netAnalyzersTime = Time(netAnalyzers);

    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
    Console.WriteLine($"compilation: {trees.Length} files, {lines:N0} lines");
    Console.WriteLine($"compile time (bind + diagnostics + emit): {compileTime.TotalMilliseconds:N0} ms");
    Console.WriteLine($"analysis wall time (driver + all analyzers, sequential): {analysisWallTime.TotalMilliseconds:N0} ms");
    foreach (var analyzer in analyzers)
    {
        var ids = string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct());
        var count = diagnostics.Count(d => analyzer.SupportedDiagnostics.Any(s => s.Id == d.Id));
        Console.WriteLine($"  {analyzer.GetType().Name,-40} {result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds,8:N0} ms  {count,6} diagnostics  ({ids})");
    }

    Console.WriteLine($"privacy analyzers (RG1001-RG1003): {privacyTime.TotalMilliseconds:N0} ms = {privacyTime / compileTime:P1} of compile time");
    Console.WriteLine($"NetAnalyzers analyzer reporting CA2254: {netAnalyzersTime.TotalMilliseconds:N0} ms = {netAnalyzersTime / compileTime:P1} of compile time");
    Console.WriteLine($"ratio privacy / CA2254 analyzer: {privacyTime / netAnalyzersTime:N2}");
}

static DiagnosticAnalyzer[] NetAnalyzersReporting(string id)
{
    var directory = typeof(GeneratedCodebase).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NetAnalyzersDirectory").Value!;
    var loader = new PathAnalyzerLoader();
    return new[] { Path.Combine(directory, "cs", "Microsoft.CodeAnalysis.NetAnalyzers.dll"), Path.Combine(directory, "cs", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll") }
        .SelectMany(path => new AnalyzerFileReference(path, loader).GetAnalyzers(LanguageNames.CSharp))
        .Where(a => a.SupportedDiagnostics.Any(d => d.Id == id))
        .ToArray();
}

/// <summary>Loads analyzer assemblies (and their satellite resources) from where the NuGet package was restored.</summary>
internal sealed class PathAnalyzerLoader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
}
