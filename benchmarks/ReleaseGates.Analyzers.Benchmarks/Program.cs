using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Benchmarks;
using ReleaseGates.Analyzers.Configuration;
using ReleaseGates.Analyzers.Privacy;
using ReleaseGates.Analyzers.Rollback;

// Usage (see README.md):
//   dotnet run -c Release --project benchmarks/ReleaseGates.Analyzers.Benchmarks                       generated speech-heavy code
//   dotnet run -c Release --project benchmarks/ReleaseGates.Analyzers.Benchmarks -- 100 40             smaller
//   dotnet run -c Release --project benchmarks/ReleaseGates.Analyzers.Benchmarks -- --real DIR [name]  the .cs files under DIR
//   dotnet run -c Release --project benchmarks/ReleaseGates.Analyzers.Benchmarks -- --build-log LOG    a real build's report (real-build.sh)
// Options anywhere after the corpus: --flow-on (flow across methods forced on), --runs N (marginal processor time, default 3; 0: none),
// --no-keystroke (skip the one-document measurement).
if (args.Length == 2 && args[0] == "--build-log")
{
    return BuildLog.Report(args[1]);
}

var flowOn = args.Contains("--flow-on");
var runsAt = Array.IndexOf(args, "--runs");
var settings = new HarnessSettings(flowOn, runsAt >= 0 ? int.Parse(args[runsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 3, Keystroke: !args.Contains("--no-keystroke"));
args = args.Where((a, i) => a is not ("--flow-on" or "--runs" or "--no-keystroke") && (runsAt < 0 || i != runsAt + 1)).ToArray();
var netAnalyzers = NetAnalyzersReporting("CA2254");
DiagnosticAnalyzer[] releaseGates =
[
    new TranscriptReachesLogAnalyzer(), new TranscriptInExceptionMessageAnalyzer(), new AudioReachesLogAnalyzer(),
    new HardCodedModelSelectionAnalyzer(), new UndeclaredRollbackFlagAnalyzer(), new FlagFallbackEnablesCandidateAnalyzer(), new InvalidGatesFileAnalyzer(),
];

SyntaxTree[] trees;
string corpus;
if (args.Length >= 2 && args[0] == "--real")
{
    trees = RealCode.Parse(args[1]);
    corpus = args.Length > 2 ? args[2] : args[1];
    await Harness.Measure(RealCode.Parse(args[1]).Take(40).ToArray(), releaseGates, netAnalyzers, corpus, report: false, settings with { Runs = 0 });
}
else
{
    var files = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 400;
    var methods = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40;
    trees = GeneratedCodebase.Trees(files, methods);
    corpus = $"generated speech-heavy code ({files} files x {methods} methods)";
    await Harness.Measure(GeneratedCodebase.Trees(20, methods), releaseGates, netAnalyzers, corpus, report: false, settings with { Runs = 0 });
}

await Harness.Measure(trees, releaseGates, netAnalyzers, corpus, report: true, settings);
return 0;

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
