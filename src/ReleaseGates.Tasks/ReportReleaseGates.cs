using Microsoft.Build.Framework;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Json;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Tasks;

/// <summary>
/// Turns the JSON report into what a build shows: the one-line decision with the Markdown report's path, then the
/// engine's diagnostics (RG4001 rollbacks, RG4002 pauses, RG4003 invalid input, notices), each at its file, line and
/// column; the full table at detailed verbosity (or with ShowTable). In GitHub Actions it appends the Markdown report to
/// the job summary. It runs on every build that runs the gate, also when the evaluation was skipped as up to date, and
/// once for a multi-targeted project (in its outer build): one summary per gate evaluation.
/// </summary>
public sealed class ReportReleaseGates : ReleaseGatesTask
{
    [Required]
    public string ReportFile { get; set; } = string.Empty;

    /// <summary>The Markdown report, named in the one-line decision.</summary>
    public string? MarkdownReport { get; set; }

    public bool PauseAsError { get; set; }

    /// <summary>Log the full table at normal verbosity too (ReleaseGatesShowTable), e.g. for CI logs.</summary>
    public bool ShowTable { get; set; }

    /// <summary>MSBuild's terminal logger is on ($(_MSBUILDTLENABLED)): it shows no messages at normal verbosity.</summary>
    public bool TerminalLogger { get; set; }

    /// <summary>
    /// $(ReleaseGatesStepSummary), by default $(GITHUB_STEP_SUMMARY): the GitHub Actions job summary file the Markdown
    /// report is appended to. Empty: no summary. A file that cannot be written is a warning, never a failed gate.
    /// </summary>
    public string? StepSummary { get; set; }

    /// <summary>$(MSBuildProjectName), for the terminal logger's result line.</summary>
    public string? ProjectName { get; set; }

    /// <summary>continue, pause, rollback, or invalid.</summary>
    [Output]
    public string Decision { get; private set; } = "invalid";

    protected override void ExecuteCore()
    {
        GateReport report;
        try
        {
            report = ReportJsonReader.Read(File.ReadAllText(ReportFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            Report(GateDiagnostic.InvalidInput(ReportFile, TextSpan.None, $"the release gates report cannot be read ({e.Message}); delete {Path.GetDirectoryName(ReportFile)} and build again"));
            return;
        }

        LogDecision(report);

        // The table of a large gate is megabytes of text: render it only when someone will see it.
        var tableImportance = ShowTable ? MessageImportance.High : MessageImportance.Low;
        if (Log.LogsMessagesOfImportance(tableImportance))
        {
            Log.LogMessage(tableImportance, TextReportWriter.Write(report, withSummary: false));
        }

        foreach (var diagnostic in GateDiagnostics.For(report, PauseAsError))
        {
            Report(diagnostic);
        }

        Decision = report.Decision is { } decision ? ReportNames.Decision.Of(decision) : "invalid";
        AppendStepSummary(report);
    }

    private void AppendStepSummary(GateReport report)
    {
        if (string.IsNullOrEmpty(StepSummary))
        {
            return;
        }

        if (GitHubStepSummary.Append(StepSummary!, report, Markdown(report), MarkdownReport) is { } problem)
        {
            Log.LogWarning($"release gates: {problem}");
        }
    }

    /// <summary>The Markdown report as the evaluation wrote it; rendered again from the JSON report if it is gone.</summary>
    private string Markdown(GateReport report)
    {
        try
        {
            if (MarkdownReport is not null && File.Exists(MarkdownReport))
            {
                return File.ReadAllText(MarkdownReport);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        return MarkdownReportWriter.Write(report);
    }

    private void LogDecision(GateReport report)
    {
        var line = SummaryLine.For(report) + (MarkdownReport is null ? string.Empty : $" (report: {MarkdownReport})");

        // The terminal logger drops high-importance messages at normal verbosity but shows each project's result
        // line, taking its text from the "Project -> ..." message that normally names the built file: the decision
        // goes there, so an interactive build shows it as plainly as a CI log does.
        Log.LogMessage(MessageImportance.High, TerminalLogger && !string.IsNullOrEmpty(ProjectName) ? $"{ProjectName} -> {line}" : line);
    }
}
