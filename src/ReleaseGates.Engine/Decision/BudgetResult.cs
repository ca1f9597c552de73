using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Decision;

/// <summary>One budget judged overall or on one slice. Carries names, numbers and reasons only, never text.</summary>
/// <param name="Slice">Null for the overall result.</param>
/// <param name="Delta">canary - baseline, when both are numbers.</param>
/// <param name="Reason">Why, in words, without repeating the budget's name or slice: "+0.012 > +0.005 allowed".</param>
/// <param name="Span">The budget's key in gates.json.</param>
/// <param name="Interval">The bootstrap interval of the delta (ci_low, ci_high), when one was computed.</param>
/// <param name="SamplesNeeded">For an inconclusive result: about how many paired utterances would settle it.</param>
public sealed record BudgetResult(
    string Budget,
    string? Slice,
    ResultStatus Status,
    GateAction Action,
    GateValue? Baseline,
    GateValue? Canary,
    GateValue? Delta,
    string Reason,
    TextSpan Span,
    DeltaInterval? Interval = null,
    long? SamplesNeeded = null)
{
    public TextPosition Position => Span.Start;

    /// <summary>"wer" or "wer on tenant:acme": how messages name this result.</summary>
    public string Subject => Slice is null ? Budget : $"{Budget} on {Slice}";
}
