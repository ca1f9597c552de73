using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// What RG1001-RG1003 share: nothing is registered when the compilation can see no sink; otherwise every call, creation
/// and property assignment is asked whether it is a sink, and only a sink's arguments are followed back. The leaks at a
/// site are found once (by whichever rule asks first) and each rule reports its own.
/// </summary>
public abstract class LeakAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticDescriptor _descriptor;

    private protected LeakAnalyzer(DiagnosticDescriptor descriptor)
    {
        _descriptor = descriptor;
        SupportedDiagnostics = ImmutableArray.Create(descriptor);
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var privacy = PrivacyContext.For(start.Compilation);
            if (!privacy.CanHaveSinks(start.Options.AnalyzerConfigOptionsProvider))
            {
                return;
            }

            start.RegisterOperationAction(
                c => LeakReporter.Report(c, privacy, _descriptor),
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment);
        });
    }
}
