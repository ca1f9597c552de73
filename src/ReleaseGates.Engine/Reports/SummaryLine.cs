using ReleaseGates.Engine.Decision;

namespace ReleaseGates.Engine.Reports;

/// <summary>One line a person reads first: "release gates: rollback — wer on tenant:acme: +0.012 > +0.005 allowed".</summary>
public static class SummaryLine
{
    public static string For(GateReport report)
    {
        if (report.Decision is not { } decision)
        {
            return $"release gates: invalid input — {report.Errors.Count} error{(report.Errors.Count == 1 ? string.Empty : "s")} in {System.IO.Path.GetFileName(report.GatesFile)} or its evaluation outputs";
        }

        if (decision == CanaryDecision.Continue)
        {
            var waived = report.Results.Count(r => r.Status == ResultStatus.Waived);
            var passed = report.Results.Count(r => r.Status == ResultStatus.Pass);
            return $"release gates: continue — {passed} of {report.Results.Count} results within budget"
                + (waived > 0 ? $", {waived} waived" : string.Empty);
        }

        var action = decision == CanaryDecision.Rollback ? GateAction.Rollback : GateAction.Pause;
        var deciding = report.Results.Where(r => r.Action == action).ToList();
        var first = deciding[0];
        var more = deciding.Count > 1 ? $" (and {deciding.Count - 1} more)" : string.Empty;
        return $"release gates: {ReportNames.Decision.Of(decision)} — {Describe(first)}{more}";
    }

    public static string Describe(BudgetResult result) => $"{result.Subject}: {result.Reason}";
}
