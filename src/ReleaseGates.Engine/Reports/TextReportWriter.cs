using System.Text;
using ReleaseGates.Engine.Decision;

namespace ReleaseGates.Engine.Reports;

/// <summary>The table a person scans in a terminal (CLI <c>--format text</c>, MSBuild at detailed verbosity). Errors and
/// warnings are not in it: the CLI prints them on standard error and the build logs them, each at its file and line.</summary>
public static class TextReportWriter
{
    /// <param name="withSummary">Start with the one-line decision (the build logs that line on its own).</param>
    public static string Write(GateReport report, bool withSummary = true)
    {
        var text = new StringBuilder();
        if (withSummary)
        {
            text.AppendLine(SummaryLine.For(report));
        }

        var release = ReportRow.ReleaseLine(report);
        if (release.Length > 0)
        {
            text.AppendLine(release);
        }

        var noise = ReportRow.NoiseLine(report);
        if (noise.Length > 0)
        {
            text.AppendLine(noise);
        }

        if (report.Results.Count > 0)
        {
            text.AppendLine();
            AppendTable(text, report);
        }

        return text.ToString().TrimEnd() + Environment.NewLine;
    }

    private static void AppendTable(StringBuilder text, GateReport report)
    {
        var (headers, rows) = ReportRow.Table(report.Results);
        var widths = headers.Select((header, column) => Math.Max(header.Length, rows.Max(row => row[column].Length))).ToArray();
        AppendRow(text, headers.Select(h => h.ToUpperInvariant()).ToArray(), widths);
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        var last = cells.Length - 1;
        for (var column = 0; column < last; column++)
        {
            text.Append(cells[column].PadRight(widths[column] + 2));
        }

        text.AppendLine(cells[last]);
    }
}
