using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Json;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Tasks;

/// <summary>
/// Turns the JSON report into what a build shows: RG4001 errors for rollbacks, RG4002 warnings for pauses (errors with
/// ReleaseGatesPauseAsError), RG4003 for invalid input, notices as warnings, each at its file, line and column; a
/// one-line summary at normal verbosity and the full table at detailed verbosity.
/// </summary>
public sealed class ReportReleaseGates : ReleaseGatesTask
{
    public const string Rollback = "RG4001";
    public const string Pause = "RG4002";

    [Required]
    public string ReportFile { get; set; } = string.Empty;

    public bool PauseAsError { get; set; }

    /// <summary>Log the full table at normal verbosity too (ReleaseGatesShowTable), e.g. for CI logs.</summary>
    public bool ShowTable { get; set; }

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
            LogAt(InputError.Code, ReportFile, TextPosition.None, $"the release gates report cannot be read ({e.Message}); delete {Path.GetDirectoryName(ReportFile)} and build again", asError: true);
            return;
        }

        if (!ShowTable)
        {
            Log.LogMessage(MessageImportance.High, SummaryLine.For(report));
        }

        // The table of a large gate is megabytes of text: render it only when someone will see it.
        var tableImportance = ShowTable ? MessageImportance.High : MessageImportance.Low;
        if (Log.LogsMessagesOfImportance(tableImportance))
        {
            Log.LogMessage(tableImportance, TextReportWriter.Write(report));
        }
        foreach (var error in report.Errors)
        {
            LogAt(InputError.Code, error.FilePath, error.Position, error.Message, asError: true);
        }

        foreach (var notice in report.Notices)
        {
            LogAt(notice.Code, notice.FilePath, notice.Position, notice.Message, asError: false);
        }

        foreach (var result in report.Results.Where(r => r.Action == GateAction.Rollback))
        {
            LogAt(Rollback, report.GatesFile, result.Position, $"{Subject(result)}: {result.Reason}; roll back {Candidate(report)}, or accept the regression with a waiver in gates.json", asError: true);
        }

        foreach (var result in report.Results.Where(r => r.Action == GateAction.Pause))
        {
            LogAt(Pause, report.GatesFile, result.Position, $"{Subject(result)}: {result.Reason}; pause the rollout of {Candidate(report)} until this is resolved", asError: PauseAsError);
        }

        Decision = report.Decision is { } decision ? ReportNames.Of(decision) : "invalid";
    }

    private static string Subject(BudgetResult result) => result.Slice is null ? result.Budget : $"{result.Budget} on {result.Slice}";

    private static string Candidate(GateReport report)
    {
        var candidate = report.Release.Candidate ?? "the candidate";
        return report.Release.RollbackFlags.Count == 0
            ? candidate
            : $"{candidate} (flag {string.Join(", ", report.Release.RollbackFlags)})";
    }

    private void LogAt(string code, string file, TextPosition position, string message, bool asError)
    {
        var helpLink = HelpLinkBase + code + ".md";
        if (asError)
        {
            Log.LogError(null, code, null, helpLink, file, position.Line, position.Column, 0, 0, message);
        }
        else
        {
            Log.LogWarning(null, code, null, helpLink, file, position.Line, position.Column, 0, 0, message);
        }
    }
}
