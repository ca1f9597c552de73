using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// What RG1001-RG1003 share: nothing is registered when the compilation can see no sink; otherwise each operation block
/// is walked once for the three rules (<see cref="BlockLeaks"/>): every call, creation and property assignment is asked
/// whether it is a sink, and only a sink's arguments are followed back. Each rule reports its own leaks.
/// </summary>
public abstract class LeakAnalyzer : RuleAnalyzer
{
    private protected LeakAnalyzer(DiagnosticDescriptor descriptor)
        : base(descriptor)
    {
    }

    private protected sealed override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var privacy = PrivacyContext.For(context.Compilation);
        if (!privacy.CanHaveSinks(context.Options.AnalyzerConfigOptionsProvider))
        {
            return;
        }

        context.RegisterOperationBlockAction(c => LeakReporter.Report(c, privacy, Descriptor));
    }
}
