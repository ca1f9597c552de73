namespace ReleaseGates.Engine.Decision;

/// <summary>The overall decision: rollback if any result rolls back, else pause if any pauses, else continue.</summary>
public enum CanaryDecision
{
    Continue,
    Pause,
    Rollback,
}
