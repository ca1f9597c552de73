using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Gates;

/// <summary>The words gates.json uses for a budget's direction and actions (contract §1).</summary>
public static class GateNames
{
    public static EnumNames<Direction> Direction { get; } = new(
        (Gates.Direction.LowerIsBetter, "lower_is_better"),
        (Gates.Direction.HigherIsBetter, "higher_is_better"));

    public static EnumNames<RegressionAction> OnRegression { get; } = new(
        (RegressionAction.Rollback, "rollback"),
        (RegressionAction.Pause, "pause"));

    /// <summary>A per-utterance source's <c>format</c>: ours (JSON Lines or Parquet) or NeMo manifests.</summary>
    public static EnumNames<UtteranceFormat> SourceFormat { get; } = new(
        (UtteranceFormat.Lines, "releasegates"),
        (UtteranceFormat.Nemo, "nemo"));

    public static EnumNames<MissingAction> OnMissing { get; } = new(
        (MissingAction.Pause, "pause"),
        (MissingAction.Rollback, "rollback"),
        (MissingAction.Ignore, "ignore"));
}
