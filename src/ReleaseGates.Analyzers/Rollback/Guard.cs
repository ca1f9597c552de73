namespace ReleaseGates.Analyzers.Rollback;

/// <summary>A flag read that decides whether a path with a model selection runs, and what the flag must be for it to run.</summary>
internal sealed class Guard
{
    public Guard(FlagRead flag, PathCondition condition)
    {
        Flag = flag;
        Condition = condition;
    }

    public FlagRead Flag { get; }

    public PathCondition Condition { get; }
}
