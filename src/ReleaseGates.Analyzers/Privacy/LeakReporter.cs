using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>The one path of RG1001-RG1003 from an operation to diagnostics: recognise the sink, find the leaks, report those of the rule.</summary>
internal static class LeakReporter
{
    public static void Report(OperationAnalysisContext context, PrivacyContext privacy, DiagnosticDescriptor descriptor)
    {
        if (!SinkSites.HasSiteShape(context.Operation))
        {
            return;
        }

        var rules = privacy.RulesFor(context.Operation.Syntax.SyntaxTree, context.Options);
        if (!SinkSites.MayBeSink(context.Operation, rules))
        {
            return;
        }

        RedactorCall? redactor = null;
        foreach (var leak in LocalFlow.For(context.Operation, rules).LeaksAt(context.Operation))
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
}
