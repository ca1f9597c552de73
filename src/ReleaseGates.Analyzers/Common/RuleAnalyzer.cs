using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Common;

/// <summary>
/// What every ReleaseGates analyzer of C# code does alike: one rule, concurrent, not in generated code, and everything
/// registered at compilation start, once the rule knows what the compilation can have (so it can register nothing).
/// </summary>
public abstract class RuleAnalyzer : DiagnosticAnalyzer
{
    private protected RuleAnalyzer(DiagnosticDescriptor descriptor)
    {
        Descriptor = descriptor;
        SupportedDiagnostics = ImmutableArray.Create(descriptor);
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    private protected DiagnosticDescriptor Descriptor { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context);
}
