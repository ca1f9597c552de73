using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReleaseGates.Analyzers.Configuration;
using ReleaseGates.Analyzers.Rollback;

namespace ReleaseGates.Rollback.Benchmarks;

/// <summary>
/// What the rollback analyzers add to a build and to one keystroke. The compilation is bound once; each iteration runs
/// a fresh analyzer driver over it, so the numbers are the analyzers' cost plus the driver's own walk. The baseline is
/// an analyzer that registers the same operation kinds and does nothing, i.e. the floor any operation analyzer pays.
/// Each "build" iteration also rebinds the project (the driver needs a fresh compilation), so its differences are
/// within the noise of a shared machine; <see cref="AnalyzerTelemetry"/> measures the analyzers' own share exactly.
/// Run: <c>dotnet run -c Release --project benchmarks/ReleaseGates.Rollback.Benchmarks -- --filter '*' --job short</c>,
/// or <c>... -- --telemetry</c>.
/// </summary>
[MemoryDiagnoser]
public class RollbackAnalyzersBenchmark
{
    private CSharpCompilationHolder _project = null!;

    [GlobalSetup]
    public void Setup() => _project = new CSharpCompilationHolder(GeneratedProject.Create());

    [Benchmark(Baseline = true, Description = "build: empty operation analyzer")]
    public Task<ImmutableArray<Diagnostic>> BuildWithEmptyAnalyzer() => _project.AnalyzeAsync(new EmptyOperationAnalyzer());

    [Benchmark(Description = "build: RG0001 + RG2001-RG2003")]
    public Task<ImmutableArray<Diagnostic>> BuildWithRollbackAnalyzers() => _project.AnalyzeAsync(RollbackAnalyzers());

    [Benchmark(Description = "keystroke: one file, RG0001 + RG2001-RG2003")]
    public Task<ImmutableArray<Diagnostic>> OneFileWithRollbackAnalyzers() => _project.AnalyzeOneFileAsync(RollbackAnalyzers());

    [Benchmark(Description = "keystroke: one file, empty operation analyzer")]
    public Task<ImmutableArray<Diagnostic>> OneFileWithEmptyAnalyzer() => _project.AnalyzeOneFileAsync(new EmptyOperationAnalyzer());

    private static DiagnosticAnalyzer[] RollbackAnalyzers() =>
    [
        new InvalidGatesFileAnalyzer(),
        new HardCodedModelSelectionAnalyzer(),
        new UndeclaredRollbackFlagAnalyzer(),
        new FlagFallbackEnablesCandidateAnalyzer(),
    ];

    internal sealed class CSharpCompilationHolder(Compilation compilation)
    {
        private readonly AnalyzerOptions _options = new(ImmutableArray.Create<AdditionalText>(new GatesText()));

        public async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params DiagnosticAnalyzer[] analyzers) =>
            await compilation.WithAnalyzers(ImmutableArray.Create(analyzers), _options).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);

        public async Task<ImmutableArray<Diagnostic>> AnalyzeOneFileAsync(params DiagnosticAnalyzer[] analyzers)
        {
            var tree = compilation.SyntaxTrees.Last();
            var model = compilation.GetSemanticModel(tree);
            return await compilation.WithAnalyzers(ImmutableArray.Create(analyzers), _options)
                .GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private sealed class GatesText : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(GeneratedProject.GatesJson);

        public override string Path => "/gates.json";

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BENCH0001", "never", "never", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
        }
    }
}
