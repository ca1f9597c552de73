namespace ReleaseGates.Engine.Decision;

/// <summary>What one result asks for (JSON: "continue", "pause", "rollback", "waived").</summary>
public enum GateAction
{
    Continue,
    Pause,
    Rollback,
    Waived,
}
