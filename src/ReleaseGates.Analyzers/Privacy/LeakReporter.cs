using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>The one path of RG1001-RG1003 from a call, creation or assignment to diagnostics: the site's leaks (found once), those of the rule reported.</summary>
internal static class LeakReporter
{
    private static readonly ImmutableArray<OperationKind> AllSites =
        ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);

    /// <summary>An exception message is made by a creation or a constructor's <c>: base(...)</c>, never by an assignment.</summary>
    private static readonly ImmutableArray<OperationKind> ExceptionSites =
        ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation);

    /// <summary>The operations a rule is handed by the driver.</summary>
    public static ImmutableArray<OperationKind> SiteKinds(DiagnosticDescriptor descriptor) =>
        descriptor.Id == RuleIdentifiers.TranscriptInExceptionMessage ? ExceptionSites : AllSites;

    public static void Report(OperationAnalysisContext context, PrivacyContext privacy, SiteCandidates candidates, DiagnosticDescriptor descriptor)
    {
        var site = context.Operation;
        if (!SinkSites.HasSiteShape(site)
            || PassesNothing(site)
            || (descriptor.Id == RuleIdentifiers.TranscriptInExceptionMessage && !MayMakeExceptionMessage(site, candidates))
            || !candidates.MayBeSite(site)
            || SinkSites.HandsOnNothing(site))
        {
            return;
        }

        var rules = privacy.RulesFor(site.Syntax.SyntaxTree, context.Options);
        RedactorCall? redactor = null;
        foreach (var leak in SiteLeaks.At(site, rules))
        {
            var exceptionMessage = leak.Sink.Family == SinkFamily.ExceptionMessage;
            var arguments = descriptor.Id switch
            {
                RuleIdentifiers.TranscriptReachesLog when !exceptionMessage && leak.Taint.Kind.HasFlag(DataKind.Transcript) =>
                    LeakMessages.TranscriptReachesLog(leak, redactor ??= RedactorFinder.Find(context.ContainingSymbol, context.Compilation, rules.Options, searchCompilation: false)),
                RuleIdentifiers.TranscriptInExceptionMessage when exceptionMessage && leak.Taint.Kind.HasFlag(DataKind.Transcript) =>
                    LeakMessages.TranscriptInExceptionMessage(leak, redactor ??= RedactorFinder.Find(context.ContainingSymbol, context.Compilation, rules.Options, searchCompilation: false)),
                RuleIdentifiers.AudioReachesLog when !exceptionMessage && leak.Taint.Kind.HasFlag(DataKind.Audio) =>
                    LeakMessages.AudioReachesLog(leak),
                _ => null,
            };
            if (arguments is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, leak.Operation.Syntax.GetLocation(), arguments));
            }
        }
    }

    /// <summary>
    /// A call or creation without arguments hands on nothing (<see cref="SinkSites.HandsOnNothing"/>), asked first
    /// because it costs no look-up: <c>Dispose()</c>, <c>ToString()</c>, <c>new List&lt;T&gt;()</c>.
    /// </summary>
    private static bool PassesNothing(IOperation site) => site switch
    {
        IInvocationOperation invocation => invocation.Arguments.IsEmpty,
        IObjectCreationOperation creation => creation.Arguments.IsEmpty,
        _ => false,
    };

    /// <summary>
    /// RG1002's own short cut: of calls, only a constructor's <c>: base(...)</c> makes an exception, unless a call can
    /// hand its arguments to an exception made inside (flow across methods).
    /// </summary>
    private static bool MayMakeExceptionMessage(IOperation site, SiteCandidates candidates) =>
        site is not IInvocationOperation invocation
        || invocation.TargetMethod.MethodKind == MethodKind.Constructor
        || candidates.MayFollowAcrossMethods;
}
