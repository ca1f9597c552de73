using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Engine.Decision;

/// <summary>
/// A budget overall or on one slice whose two values are numbers, with its limits checked on them: the result is
/// decided once noise control (when the inputs allow it) has said which broken limits are beyond noise.
/// </summary>
/// <param name="Samples">Paired utterances behind the values (overall: all of them), when known.</param>
internal sealed record Comparison(Budget Budget, string? Slice, GateValue Baseline, GateValue Canary, LimitTest[] Tests, long? Samples)
{
    /// <summary>Per test: what noise control decided; null when the values are judged as they are.</summary>
    public LimitVerdict[]? Verdicts { get; set; }

    /// <summary>The simultaneous interval of the delta, when the bootstrap covered this result.</summary>
    public DeltaInterval? Interval { get; set; }

    /// <summary>For an inconclusive result: about how many paired utterances would settle it.</summary>
    public long? SamplesNeeded { get; set; }

    public GateValue Delta => Canary - Baseline;
}

/// <summary>A broken limit beyond the noise (regressed), within it but pointing at a regression (inconclusive), or held.</summary>
internal enum LimitVerdict
{
    Held,
    Inconclusive,
    Broken,
}
