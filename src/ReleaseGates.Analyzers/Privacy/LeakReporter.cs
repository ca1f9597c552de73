using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>The one path of RG1001-RG1003 from an operation to diagnostics: recognise the sink, find the leaks, report them.</summary>
internal static class LeakReporter
{
    public static void ReportLogLeaks(OperationAnalysisContext context, PrivacyContext privacy, DataKind kind, DiagnosticDescriptor descriptor)
    {
        var rules = privacy.RulesFor(context.Operation.Syntax.SyntaxTree, context.Options);
        var values = new List<IOperation>();
        if (SinkSites.LogOrTelemetry(context.Operation, rules, values) is not { } sink)
        {
            return;
        }

        foreach (var leak in FindLeaks(context.Operation, rules, values, kind))
        {
            var message = kind == DataKind.Audio
                ? LeakMessages.AudioReachesLog(leak, sink)
                : LeakMessages.TranscriptReachesLog(leak, sink, RedactorFinder.Find(context.ContainingSymbol, context.Compilation, rules.Options, searchCompilation: false));
            context.ReportDiagnostic(Diagnostic.Create(descriptor, leak.Operation.Syntax.GetLocation(), message));
        }
    }

    public static void ReportExceptionMessageLeaks(OperationAnalysisContext context, PrivacyContext privacy, DiagnosticDescriptor descriptor)
    {
        var values = new List<IOperation>();
        if (SinkSites.ExceptionMessage(context.Operation, values) is not { } exception)
        {
            return;
        }

        var rules = privacy.RulesFor(context.Operation.Syntax.SyntaxTree, context.Options);
        foreach (var leak in FindLeaks(context.Operation, rules, values, DataKind.Transcript))
        {
            var redactor = RedactorFinder.Find(context.ContainingSymbol, context.Compilation, rules.Options, searchCompilation: false);
            context.ReportDiagnostic(Diagnostic.Create(descriptor, leak.Operation.Syntax.GetLocation(), LeakMessages.TranscriptInExceptionMessage(leak, exception, redactor)));
        }
    }

    private static List<Leak> FindLeaks(IOperation site, PrivacyRules rules, List<IOperation> values, DataKind kind)
    {
        var leaks = new List<Leak>();
        if (values.Count == 0)
        {
            return leaks;
        }

        var flow = LocalFlow.For(site, rules);
        foreach (var value in values)
        {
            LeakFinder.Find(value, flow, kind, leaks);
        }

        return leaks;
    }
}
