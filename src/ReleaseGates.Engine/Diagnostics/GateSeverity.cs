namespace ReleaseGates.Engine.Diagnostics;

/// <summary>Whether a diagnostic fails the build (and makes the CLI exit 1) or only warns.</summary>
public enum GateSeverity
{
    Error,
    Warning,
}
