using ReleaseGates.Engine.Decision;

namespace ReleaseGates.Engine.Diagnostics;

/// <summary>
/// Everything a build or the CLI reports about one gate run, in the order a reader fixes things: invalid input
/// (RG4003), notices (RG4004, RG4005), rollbacks (RG4001, errors), pauses (RG4002; errors when pauses fail the build).
/// The MSBuild task only maps these to LogError / LogWarning, and the CLI prints the same lines.
/// </summary>
public static class GateDiagnostics
{
    public static IReadOnlyList<GateDiagnostic> For(GateReport report, bool pauseAsError = false)
    {
        var diagnostics = new List<GateDiagnostic>(report.Errors);
        diagnostics.AddRange(report.Notices);
        var candidate = report.Release.CandidateWithFlags;
        foreach (var result in report.Results.Where(r => r.Action == GateAction.Rollback))
        {
            diagnostics.Add(new GateDiagnostic(GateRules.Rollback, GateSeverity.Error, report.GatesFile, result.Span,
                $"{result.Subject}: {result.Reason}; roll back {candidate}, or waive it in gates.json"));
        }

        foreach (var result in report.Results.Where(r => r.Action == GateAction.Pause))
        {
            diagnostics.Add(new GateDiagnostic(GateRules.Pause, pauseAsError ? GateSeverity.Error : GateSeverity.Warning, report.GatesFile, result.Span,
                $"{result.Subject}: {result.Reason}; pause the rollout of {candidate}"));
        }

        return diagnostics;
    }
}
