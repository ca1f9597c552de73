using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>One entry of gates.json <c>budgets</c>: how much a metric may worsen, and what happens when it does.</summary>
/// <param name="Name">The metric name, as read from the evaluation outputs.</param>
/// <param name="Span">The budget's key in gates.json: every result of it points here.</param>
public sealed record Budget(
    string Name,
    Direction Direction,
    decimal? AllowedDelta,
    decimal? AllowedRelativeDelta,
    decimal? Max,
    decimal? Min,
    RegressionAction OnRegression,
    MissingAction OnMissing,
    TextSpan Span);
