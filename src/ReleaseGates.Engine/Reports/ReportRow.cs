using System.Collections.Generic;
using System.Linq;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Reports;

/// <summary>Results as table cells, shared by the Markdown and the text report.</summary>
internal static class ReportRow
{
    private static readonly string[] AllHeaders = { "budget", "slice", "status", "action", "baseline", "canary", "delta", "interval", "reason" };
    private const int IntervalColumn = 7;

    /// <summary>The header and one row per result; the interval column only when some result has one.</summary>
    public static (string[] Headers, List<string[]> Rows) Table(IReadOnlyList<BudgetResult> results)
    {
        var withInterval = results.Any(r => r.Interval is not null);
        var rows = results.Select(Cells).Select(cells => withInterval ? cells : Without(cells, IntervalColumn)).ToList();
        return (withInterval ? AllHeaders : Without(AllHeaders, IntervalColumn), rows);
    }

    public static string ReleaseLine(GateReport report)
    {
        var release = report.Release;
        var parts = new List<string>();
        if (release.Model is not null)
        {
            parts.Add(release.Model);
        }

        if (release.Baseline is not null || release.Candidate is not null)
        {
            parts.Add($"{release.Baseline ?? "baseline"} -> {release.Candidate ?? "candidate"}");
        }

        if (release.RollbackFlags.Count > 0)
        {
            parts.Add("rollback flags: " + string.Join(", ", release.RollbackFlags));
        }

        return string.Join(" | ", parts);
    }

    private static string[] Cells(BudgetResult result) => new[]
    {
        result.Budget,
        result.Slice ?? "(overall)",
        ReportNames.Status.Of(result.Status),
        ReportNames.Action.Of(result.Action),
        Number(result.Baseline),
        Number(result.Canary),
        result.Delta is { } delta ? ExactNumber.FormatSigned(delta) : "-",
        result.Interval is { } interval ? $"[{ExactNumber.FormatSigned(interval.Low)}, {ExactNumber.FormatSigned(interval.High)}]" : "-",
        result.Reason,
    };

    private static string[] Without(string[] cells, int column) => cells.Where((_, index) => index != column).ToArray();

    private static string Number(decimal? value) => value is { } number ? ExactNumber.Format(number) : "-";
}
