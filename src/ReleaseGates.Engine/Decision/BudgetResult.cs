using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Decision;

/// <summary>One budget judged overall or on one slice. Carries names, numbers and reasons only, never text.</summary>
public sealed class BudgetResult
{
    public BudgetResult(
        string budget,
        string? slice,
        ResultStatus status,
        GateAction action,
        decimal? baseline,
        decimal? canary,
        decimal? delta,
        string reason,
        TextPosition position,
        DeltaInterval? interval = null)
    {
        Budget = budget;
        Slice = slice;
        Status = status;
        Action = action;
        Baseline = baseline;
        Canary = canary;
        Delta = delta;
        Reason = reason;
        Position = position;
        Interval = interval;
    }

    public string Budget { get; }

    /// <summary>Null for the overall result.</summary>
    public string? Slice { get; }

    public ResultStatus Status { get; }

    public GateAction Action { get; }

    public decimal? Baseline { get; }

    public decimal? Canary { get; }

    /// <summary>canary - baseline, when both are numbers.</summary>
    public decimal? Delta { get; }

    public string Reason { get; }

    /// <summary>The budget's line and column in gates.json.</summary>
    public TextPosition Position { get; }

    /// <summary>The bootstrap interval of the delta (ci_low, ci_high), when one was computed.</summary>
    public DeltaInterval? Interval { get; }
}
