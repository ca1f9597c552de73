using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>gates.json <c>capacity</c>: the replica estimate, judged as a budget named <c>replicas</c>.</summary>
/// <param name="CostMetric">The metric (e.g. "rtf") read from baseline and canary: GPU seconds per audio second.</param>
public sealed record CapacityConfig(
    decimal ConcurrentStreams,
    string CostMetric,
    decimal TargetUtilization,
    decimal VadSavings,
    decimal? MaxReplicas,
    decimal? AllowedReplicaDelta,
    TextSpan Span)
{
    public const string BudgetName = "replicas";

    /// <summary>The replicas budget this section defines (lower is better; rollback on regression; pause when the cost metric is missing).</summary>
    public Budget ToBudget() => new(
        BudgetName,
        Direction.LowerIsBetter,
        AllowedReplicaDelta,
        AllowedRelativeDelta: null,
        Max: MaxReplicas,
        Min: null,
        RegressionAction.Rollback,
        MissingAction.Pause,
        Span);
}
