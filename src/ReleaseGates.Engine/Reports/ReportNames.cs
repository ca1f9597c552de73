using ReleaseGates.Engine.Decision;

namespace ReleaseGates.Engine.Reports;

/// <summary>The words reports and the CLI's JSON use for statuses, actions and decisions (contract §4).</summary>
public static class ReportNames
{
    public static EnumNames<ResultStatus> Status { get; } = new(
        (ResultStatus.Pass, "pass"),
        (ResultStatus.Regressed, "regressed"),
        (ResultStatus.Missing, "missing"),
        (ResultStatus.Insufficient, "insufficient"),
        (ResultStatus.Inconclusive, "inconclusive"),
        (ResultStatus.Waived, "waived"));

    public static EnumNames<GateAction> Action { get; } = new(
        (GateAction.Continue, "continue"),
        (GateAction.Pause, "pause"),
        (GateAction.Rollback, "rollback"),
        (GateAction.Waived, "waived"));

    public static EnumNames<CanaryDecision> Decision { get; } = new(
        (CanaryDecision.Continue, "continue"),
        (CanaryDecision.Pause, "pause"),
        (CanaryDecision.Rollback, "rollback"));
}
