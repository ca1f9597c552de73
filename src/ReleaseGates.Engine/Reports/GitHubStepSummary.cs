using System.Globalization;
using System.Security;
using System.Text;
using ReleaseGates.Engine.Decision;

namespace ReleaseGates.Engine.Reports;

/// <summary>
/// Appends the Markdown report to the GitHub Actions job summary: the file <c>$GITHUB_STEP_SUMMARY</c> names, which
/// GitHub renders on the workflow run's page. The CLI and the build call it once per gate evaluation.
/// </summary>
/// <remarks>
/// GitHub drops a step's whole summary when the file grows beyond 1 MiB ("$GITHUB_STEP_SUMMARY upload aborted,
/// supports content up to a size of 1024k"), which would also lose what other tools wrote in the same step. A report
/// that does not fit in what is left is appended with only the results that did not pass (as many as fit), and a
/// line that says so and where the full report is.
/// </remarks>
public static class GitHubStepSummary
{
    public const string Variable = "GITHUB_STEP_SUMMARY";

    /// <summary>What GitHub accepts for one step's summary.</summary>
    public const long MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Appends <paramref name="markdown"/> (the report of <paramref name="report"/>), or a shorter version of it that fits.</summary>
    /// <param name="summaryFile">The value of $GITHUB_STEP_SUMMARY.</param>
    /// <param name="fullReport">Where the full Markdown report is, named when the summary had to leave results out.</param>
    /// <returns>Null when appended; otherwise why not, for a warning: a summary must never decide the gate.</returns>
    public static string? Append(string summaryFile, GateReport report, string markdown, string? fullReport = null)
    {
        try
        {
            var existing = File.Exists(summaryFile) ? new FileInfo(summaryFile).Length : 0;
            var separator = existing > 0 ? "\n" : string.Empty;
            var room = MaxBytes - existing - Utf8.GetByteCount(separator);
            var text = Fit(report, markdown, room, fullReport);
            if (text is null)
            {
                return $"the job summary {summaryFile} already holds {Count(existing)} bytes and GitHub takes at most {Count(MaxBytes)} per step, so the report is not added to it";
            }

            File.AppendAllText(summaryFile, separator + text, Utf8);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or SecurityException)
        {
            return $"cannot append the report to the job summary {summaryFile} ({e.Message})";
        }
    }

    /// <summary>The markdown itself when it fits in <paramref name="room"/> bytes, else the report with fewer rows, else null.</summary>
    internal static string? Fit(GateReport report, string markdown, long room, string? fullReport)
    {
        if (Utf8.GetByteCount(markdown) <= room)
        {
            return markdown;
        }

        var notPassing = report.Results.Where(r => r.Action != GateAction.Continue).ToList();
        var shown = notPassing.Count;
        while (true)
        {
            var text = MarkdownReportWriter.Write(report, notPassing.GetRange(0, shown), Note(report.Results.Count, shown, notPassing.Count, fullReport));
            var bytes = Utf8.GetByteCount(text);
            if (bytes <= room)
            {
                return text;
            }

            if (shown == 0)
            {
                return null;
            }

            // Rows are about the same size: scale down to what should fit, at least one row fewer each round.
            shown = Math.Min(shown - 1, (int)(shown * (room * 0.95 / bytes)));
            shown = Math.Max(shown, 0);
        }
    }

    private static string Note(int total, int shown, int notPassing, string? fullReport)
    {
        var which = shown == notPassing ? "every result that did not pass" : $"the first {Count(shown)} of the {Count(notPassing)} results that did not pass";
        var where = fullReport is null ? string.Empty : $" The full report: `{fullReport}`.";
        return $"_{Count(shown)} of {Count(total)} results shown ({which}): GitHub takes at most 1 MiB of job summary per step._{where}";
    }

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
