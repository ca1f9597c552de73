using System.Text;
using ReleaseGates.Engine.Decision;

namespace ReleaseGates.Engine.Reports;

/// <summary>The Markdown report (a CI job summary, a pull-request comment).</summary>
public static class MarkdownReportWriter
{
    public static string Write(GateReport report) => Write(report, report.Results, note: null);

    /// <summary>The report with only <paramref name="shown"/> in its table, and a line saying what was left out.</summary>
    internal static string Write(GateReport report, IReadOnlyList<BudgetResult> shown, string? note)
    {
        var markdown = new StringBuilder();
        var title = report.Decision is { } decision ? ReportNames.Decision.Of(decision).ToUpperInvariant() : "INVALID INPUT";
        markdown.Append("# Release gates: ").AppendLine(title).AppendLine();
        markdown.AppendLine(SummaryLine.For(report)).AppendLine();
        var release = ReportRow.ReleaseLine(report);
        if (release.Length > 0)
        {
            markdown.Append("Release: ").AppendLine(release).AppendLine();
        }

        var noise = ReportRow.NoiseLine(report);
        if (noise.Length > 0)
        {
            markdown.Append("Statistics: ").AppendLine(noise).AppendLine();
        }

        if (shown.Count > 0)
        {
            var (headers, rows) = ReportRow.Table(shown);
            markdown.Append("| ").Append(string.Join(" | ", headers)).AppendLine(" |");
            markdown.Append('|').Append(string.Concat(headers.Select(_ => "---|"))).AppendLine();
            foreach (var row in rows)
            {
                markdown.Append("| ").Append(string.Join(" | ", row.Select(Escape))).AppendLine(" |");
            }

            markdown.AppendLine();
        }

        if (note is not null)
        {
            markdown.AppendLine(note).AppendLine();
        }

        foreach (var notice in report.Notices)
        {
            markdown.Append("- ").AppendLine(notice.ToString());
        }

        foreach (var error in report.Errors)
        {
            markdown.Append("- ").AppendLine(error.ToString());
        }

        return markdown.ToString();
    }

    // Inside a table cell a '|' ends the cell and a newline ends the table.
    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
