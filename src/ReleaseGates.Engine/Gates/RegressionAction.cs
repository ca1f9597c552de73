namespace ReleaseGates.Engine.Gates;

/// <summary>What a budget's regression does: <c>on_regression</c>.</summary>
public enum RegressionAction
{
    Rollback,
    Pause,
}
