using ReleaseGates.Engine.Decision;

namespace ReleaseGates.Engine.Reports;

/// <summary>The words reports and the CLI's JSON use for statuses, actions and decisions (contract §4).</summary>
public static class ReportNames
{
    public static string Of(ResultStatus status) => status switch
    {
        ResultStatus.Pass => "pass",
        ResultStatus.Regressed => "regressed",
        ResultStatus.Missing => "missing",
        ResultStatus.Insufficient => "insufficient",
        ResultStatus.Inconclusive => "inconclusive",
        _ => "waived",
    };

    public static string Of(GateAction action) => action switch
    {
        GateAction.Continue => "continue",
        GateAction.Pause => "pause",
        GateAction.Rollback => "rollback",
        _ => "waived",
    };

    public static string Of(CanaryDecision decision) => decision switch
    {
        CanaryDecision.Continue => "continue",
        CanaryDecision.Pause => "pause",
        _ => "rollback",
    };
}
