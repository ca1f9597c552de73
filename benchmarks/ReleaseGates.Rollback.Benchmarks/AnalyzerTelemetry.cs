using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReleaseGates.Analyzers.Configuration;
using ReleaseGates.Analyzers.Rollback;

namespace ReleaseGates.Rollback.Benchmarks;

/// <summary>
/// What the rollback analyzers add to a build, in CPU time (robust on a shared machine where wall-clock time inside a
/// callback includes time the process was not even running): the generated project is analysed with an empty
/// operation analyzer alone (the floor: binding plus the driver's walk) and with the empty analyzer plus the rules;
/// the difference of the medians is the rules' cost.
/// </summary>
internal static class AnalyzerTelemetry
{
    public static void Run(int runs)
    {
        var compilation = GeneratedProject.Create();
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new GatesText()));

        // Warm-up: JIT, metadata and the parse of gates.json are paid once per process, not per build.
        CpuTime(compilation, options, Floor());
        CpuTime(compilation, options, Floor().AddRange(Rules()));

        var floor = new List<double>();
        var withRules = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            floor.Add(CpuTime(compilation, options, Floor()));
            withRules.Add(CpuTime(compilation, options, Floor().AddRange(Rules())));
        }

        var floorMedian = Median(floor);
        var rulesMedian = Median(withRules);
        Console.WriteLine($"CPU time to analyse {GeneratedProject.Files} files ({GeneratedProject.Files * 17} members), median of {runs} runs:");
        Console.WriteLine($"  empty operation analyzer (binding + driver)   {floorMedian,8:F0} ms");
        Console.WriteLine($"  + RG0001, RG2001, RG2002, RG2003              {rulesMedian,8:F0} ms");
        Console.WriteLine($"  the rules' share                              {rulesMedian - floorMedian,8:F0} ms ({(rulesMedian - floorMedian) / GeneratedProject.Files:F2} ms per file, {100 * (rulesMedian - floorMedian) / floorMedian:F1} % of the floor)");
    }

    private static double CpuTime(Compilation compilation, AnalyzerOptions options, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static ImmutableArray<DiagnosticAnalyzer> Floor() => ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyBlockAnalyzer());

    private static IEnumerable<DiagnosticAnalyzer> Rules() =>
    [
        new InvalidGatesFileAnalyzer(),
        new HardCodedModelSelectionAnalyzer(),
        new UndeclaredRollbackFlagAnalyzer(),
        new FlagFallbackEnablesCandidateAnalyzer(),
    ];

    /// <summary>
    /// The floor: per member body, the same registrations as the rollback rules, with callbacks that do nothing but
    /// report one hidden diagnostic per body. Reporting makes the driver compute, once per file, which code is
    /// generated — a cost every build pays for whichever analyzer reports first, not one the rules add.
    /// </summary>
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
                block.RegisterOperationBlockEndAction(end => end.ReportDiagnostic(Diagnostic.Create(Never, end.OperationBlocks[0].Syntax.GetLocation())));
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
