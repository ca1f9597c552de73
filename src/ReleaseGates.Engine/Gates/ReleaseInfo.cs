using System;
using System.Collections.Generic;

namespace ReleaseGates.Engine.Gates;

/// <summary>gates.json <c>release</c>: metadata echoed in every report, and the flags that switch the candidate off.</summary>
public sealed class ReleaseInfo
{
    public static readonly ReleaseInfo Empty = new(null, null, null, Array.Empty<string>());

    public ReleaseInfo(string? model, string? baseline, string? candidate, IReadOnlyList<string> rollbackFlags)
    {
        Model = model;
        Baseline = baseline;
        Candidate = candidate;
        RollbackFlags = rollbackFlags;
    }

    public string? Model { get; }

    public string? Baseline { get; }

    public string? Candidate { get; }

    public IReadOnlyList<string> RollbackFlags { get; }
}
