using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Reports;

/// <summary>Results as table cells, shared by the Markdown and the text report.</summary>
internal static class ReportRow
{
    private static readonly string[] AllHeaders = { "budget", "slice", "status", "action", "baseline", "canary", "delta", "interval", "samples needed", "reason" };
    private const int IntervalColumn = 7;
    private const int SamplesNeededColumn = 8;

    /// <summary>The header and one row per result; the interval and samples-needed columns only when some result has one.</summary>
    public static (string[] Headers, List<string[]> Rows) Table(IReadOnlyList<BudgetResult> results)
    {
        var dropped = new List<int>();
        if (!results.Any(r => r.SamplesNeeded is not null))
        {
            dropped.Add(SamplesNeededColumn);
        }

        if (!results.Any(r => r.Interval is not null))
        {
            dropped.Add(IntervalColumn);
        }

        return (Without(AllHeaders, dropped), results.Select(r => Without(Cells(r), dropped)).ToList());
    }

    /// <summary>What noise control was applied, for every report: "noise-controlled over 63 results at 95 % (...)".</summary>
    public static string NoiseLine(GateReport report) => report.Noise?.Description ?? string.Empty;

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
        result.Delta is { } delta ? delta.ToSignedString() : "-",
        result.Interval is { } interval ? $"[{ExactNumber.FormatSigned(interval.Low)}, {ExactNumber.FormatSigned(interval.High)}]" : "-",
        result.SamplesNeeded is { } needed ? needed.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-",
        result.Reason,
    };

    private static string[] Without(string[] cells, List<int> columns) => cells.Where((_, index) => !columns.Contains(index)).ToArray();

    private static string Number(GateValue? value) => value is { } number ? number.ToString() : "-";
}
