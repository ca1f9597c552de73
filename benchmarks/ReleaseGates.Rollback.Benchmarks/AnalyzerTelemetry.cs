using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReleaseGates.Analyzers.Configuration;
using ReleaseGates.Analyzers.Rollback;

namespace ReleaseGates.Rollback.Benchmarks;

/// <summary>
/// The time spent inside each rollback analyzer's callbacks, as the compiler's own analyzer telemetry measures it
/// (what <c>dotnet build -p:ReportAnalyzer=true</c> reports): the part of a build the analyzers add, without the
/// binding every build pays anyway. Median of several runs on the generated project.
/// </summary>
internal static class AnalyzerTelemetry
{
    public static void Run(int runs)
    {
        var compilation = GeneratedProject.Create();
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new GatesText()));
        var times = new Dictionary<string, List<double>>();
        for (var run = 0; run < runs; run++)
        {
            // Each rule alone beside the empty floor, so that no rule is charged for another's first-use costs.
            foreach (var rule in Rules())
            {
                var analyzers = ImmutableArray.Create(new EmptyBlockAnalyzer(), rule);
                var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                foreach (var analyzer in analyzers)
                {
                    var info = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
                    var name = analyzer == rule ? rule.GetType().Name : "EmptyBlockAnalyzer (beside " + rule.GetType().Name.Replace("Analyzer", string.Empty, StringComparison.Ordinal) + ")";
                    if (!times.TryGetValue(name, out var list))
                    {
                        times[name] = list = new List<double>();
                    }

                    list.Add(info.ExecutionTime.TotalMilliseconds);
                }
            }
        }

        Console.WriteLine($"Analyzer execution time over {GeneratedProject.Files} files ({GeneratedProject.Files * 17} members), median of {runs} runs:");
        foreach (var (name, list) in times.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            list.Sort();
            var median = list[list.Count / 2];
            Console.WriteLine($"  {name,-60} {median,8:F1} ms  ({median / GeneratedProject.Files:F3} ms per file)");
        }
    }

    /// <summary>The floor: per member body, the same registrations as the rollback rules, with callbacks that do nothing.</summary>
    private static IEnumerable<DiagnosticAnalyzer> Rules() =>
    [
        new InvalidGatesFileAnalyzer(),
        new HardCodedModelSelectionAnalyzer(),
        new UndeclaredRollbackFlagAnalyzer(),
        new FlagFallbackEnablesCandidateAnalyzer(),
    ];

    private sealed class EmptyBlockAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BENCH0002", "never", "never", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationBlockStartAction(block =>
            {
                block.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
                block.RegisterOperationBlockEndAction(_ => { });
            });
        }
    }

    private sealed class GatesText : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(GeneratedProject.GatesJson);

        public override string Path => "/gates.json";

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
