using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// What RG1001-RG1003 share: nothing is registered when the compilation can see no sink; otherwise every call, creation
/// and property assignment is asked whether it is a sink, and only a sink's arguments are followed back. The leaks at a
/// site are found once (by whichever rule asks first) and each rule reports its own.
/// </summary>
public abstract class LeakAnalyzer : RuleAnalyzer
{
    private readonly bool _exceptionMessagesOnly;

    /// <param name="exceptionMessagesOnly">The rule reports only leaks into exception messages (RG1002).</param>
    private protected LeakAnalyzer(DiagnosticDescriptor descriptor, bool exceptionMessagesOnly = false)
        : base(descriptor)
    {
        _exceptionMessagesOnly = exceptionMessagesOnly;
    }

    private protected sealed override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var privacy = PrivacyContext.For(context.Compilation);
        if (!privacy.CanHaveSinks(context.Options.AnalyzerConfigOptionsProvider))
        {
            return;
        }

        // Without flow across methods (in no file), an exception message is reached only where an exception is made:
        // RG1002 then asks nothing of the other calls and creations, and never sees an assignment.
        if (_exceptionMessagesOnly && !privacy.MayFollowAcrossMethods(context.Options.AnalyzerConfigOptionsProvider))
        {
            context.RegisterOperationAction(
                c =>
                {
                    if (SinkSites.MakesException(c.Operation))
                    {
                        LeakReporter.Report(c, privacy, Descriptor);
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
            return;
        }

        context.RegisterOperationAction(
            c => LeakReporter.Report(c, privacy, Descriptor),
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.SimpleAssignment);
    }
}
