using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>One entry of gates.json <c>budgets</c>: how much a metric may worsen, and what happens when it does.</summary>
public sealed class Budget
{
    public Budget(
        string name,
        Direction direction,
        decimal? allowedDelta,
        decimal? allowedRelativeDelta,
        decimal? max,
        decimal? min,
        RegressionAction onRegression,
        MissingAction onMissing,
        TextPosition position)
    {
        Name = name;
        Direction = direction;
        AllowedDelta = allowedDelta;
        AllowedRelativeDelta = allowedRelativeDelta;
        Max = max;
        Min = min;
        OnRegression = onRegression;
        OnMissing = onMissing;
        Position = position;
    }

    /// <summary>The metric name, as read from the evaluation outputs.</summary>
    public string Name { get; }

    public Direction Direction { get; }

    public decimal? AllowedDelta { get; }

    public decimal? AllowedRelativeDelta { get; }

    public decimal? Max { get; }

    public decimal? Min { get; }

    public RegressionAction OnRegression { get; }

    public MissingAction OnMissing { get; }

    /// <summary>Where the budget is declared in gates.json: every result of it points here.</summary>
    public TextPosition Position { get; }
}
