namespace ReleaseGates.Engine.Gates;

/// <summary>What a missing or non-finite metric does: <c>on_missing</c>.</summary>
public enum MissingAction
{
    Pause,
    Rollback,
    Ignore,
}
