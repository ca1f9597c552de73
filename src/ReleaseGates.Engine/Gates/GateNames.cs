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

    public static EnumNames<MissingAction> OnMissing { get; } = new(
        (MissingAction.Pause, "pause"),
        (MissingAction.Rollback, "rollback"),
        (MissingAction.Ignore, "ignore"));
}
