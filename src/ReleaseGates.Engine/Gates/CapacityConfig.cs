using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>gates.json <c>capacity</c>: the replica estimate, judged as a budget named <c>replicas</c>.</summary>
public sealed class CapacityConfig
{
    public const string BudgetName = "replicas";

    public CapacityConfig(
        decimal concurrentStreams,
        string costMetric,
        decimal targetUtilization,
        decimal vadSavings,
        decimal? maxReplicas,
        decimal? allowedReplicaDelta,
        TextPosition position)
    {
        ConcurrentStreams = concurrentStreams;
        CostMetric = costMetric;
        TargetUtilization = targetUtilization;
        VadSavings = vadSavings;
        MaxReplicas = maxReplicas;
        AllowedReplicaDelta = allowedReplicaDelta;
        Position = position;
    }

    public decimal ConcurrentStreams { get; }

    /// <summary>The metric (e.g. "rtf") read from baseline and canary: GPU seconds per audio second.</summary>
    public string CostMetric { get; }

    public decimal TargetUtilization { get; }

    public decimal VadSavings { get; }

    public decimal? MaxReplicas { get; }

    public decimal? AllowedReplicaDelta { get; }

    public TextPosition Position { get; }

    /// <summary>The replicas budget this section defines (lower is better; rollback on regression; pause when the cost metric is missing).</summary>
    public Budget ToBudget() => new(
        BudgetName,
        Direction.LowerIsBetter,
        AllowedReplicaDelta,
        allowedRelativeDelta: null,
        max: MaxReplicas,
        min: null,
        RegressionAction.Rollback,
        MissingAction.Pause,
        Position);
}
