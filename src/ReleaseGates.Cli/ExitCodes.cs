namespace ReleaseGates.Cli;

/// <summary>The exit codes of contract §4: pipelines branch on them.</summary>
internal static class ExitCodes
{
    public const int Continue = 0;
    public const int InvalidInput = 1;
    public const int Pause = 2;
    public const int Rollback = 3;
}
