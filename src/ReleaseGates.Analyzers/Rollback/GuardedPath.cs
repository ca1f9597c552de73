namespace ReleaseGates.Analyzers.Rollback;

/// <summary>A guard of a model selection, with the model chosen on the guarded path when it is a constant.</summary>
internal sealed class GuardedPath
{
    public GuardedPath(Guard guard, string? model)
    {
        Guard = guard;
        Model = model;
    }

    public Guard Guard { get; }

    /// <summary>The model id selected on this path ("asr-v7"); null when it is not a constant string.</summary>
    public string? Model { get; }
}
