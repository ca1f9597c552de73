using System;
using System.IO;
using Microsoft.Build.Framework;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Json;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Tasks;

/// <summary>
/// Turns the JSON report into what a build shows: the one-line decision with the Markdown report's path, then the
/// engine's diagnostics (RG4001 rollbacks, RG4002 pauses, RG4003 invalid input, notices), each at its file, line and
/// column; the full table at detailed verbosity (or with ShowTable).
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
