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
        if (SinkSites.LogOrTelemetry(context.Operation, rules) is not { } sink)
        {
            return;
        }

        var values = new List<IOperation>();
        SinkSites.LogOrTelemetryValues(context.Operation, values);
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
        if (SinkSites.ExceptionBeingMade(context.Operation) is not { } exception)
        {
            return;
        }

        var values = new List<IOperation>();
        SinkSites.ExceptionMessageValues(context.Operation, values);
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
        if (values.TrueForAll(v => v.ConstantValue.HasValue))
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
