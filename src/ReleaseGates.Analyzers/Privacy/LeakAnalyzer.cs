using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// What RG1001-RG1003 share: nothing is registered when the compilation can see no sink; otherwise each rule has the
/// driver hand it the calls, creations and assignments (the driver walks each body once for every analyzer), asks each
/// whether it can be a sink site (<see cref="SiteCandidates"/>, one look-up for most), and follows back only a sink's
/// values; the leaks at a site are found once for the three rules (<see cref="SiteLeaks"/>). Each rule reports its own.
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

        var candidates = privacy.CandidatesFor(context.Options.AnalyzerConfigOptionsProvider);
        context.RegisterOperationAction(c => LeakReporter.Report(c, privacy, candidates, Descriptor), LeakReporter.SiteKinds(Descriptor));
    }
}
