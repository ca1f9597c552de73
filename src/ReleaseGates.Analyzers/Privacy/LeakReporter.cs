using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>The one path of RG1001-RG1003 from an operation block to diagnostics: the block's leaks (found once), those of the rule reported.</summary>
internal static class LeakReporter
{
    public static void Report(OperationBlockAnalysisContext context, PrivacyContext privacy, DiagnosticDescriptor descriptor)
    {
        RedactorCall? redactor = null;
        foreach (var block in context.OperationBlocks)
        {
            var rules = privacy.RulesFor(block.Syntax.SyntaxTree, context.Options);
            foreach (var leak in BlockLeaks.In(block, rules))
            {
                var exceptionMessage = leak.Sink.Family == SinkFamily.ExceptionMessage;
                var arguments = descriptor.Id switch
                {
                    RuleIdentifiers.TranscriptReachesLog when !exceptionMessage && leak.Taint.Kind.HasFlag(DataKind.Transcript) =>
                        LeakMessages.TranscriptReachesLog(leak, redactor ??= RedactorFinder.Find(context.OwningSymbol, context.Compilation, rules.Options, searchCompilation: false)),
                    RuleIdentifiers.TranscriptInExceptionMessage when exceptionMessage && leak.Taint.Kind.HasFlag(DataKind.Transcript) =>
                        LeakMessages.TranscriptInExceptionMessage(leak, redactor ??= RedactorFinder.Find(context.OwningSymbol, context.Compilation, rules.Options, searchCompilation: false)),
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
}
