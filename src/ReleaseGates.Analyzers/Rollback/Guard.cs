namespace ReleaseGates.Analyzers.Rollback;

/// <summary>A flag read that decides whether a path with a model selection runs, and what the flag must be for it to run.</summary>
internal sealed record Guard(FlagRead Flag, PathCondition Condition);

/// <summary>A guard of a model selection, with the model id chosen on the guarded path ("asr-v7"); null when it is not a constant string.</summary>
internal sealed record GuardedPath(Guard Guard, string? Model);
