using ReleaseGates.Engine.Evaluation;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Decision;

/// <summary>Judges the replica estimate of both sides as the budget named <c>replicas</c> (contract §5).</summary>
internal static class CapacityJudge
{
    public static BudgetResult Judge(CapacityConfig capacity, EvaluationOutput baseline, EvaluationOutput canary, JudgeContext context)
    {
        var budget = capacity.ToBudget();
        var baselineReplicas = Replicas(capacity, baseline.Overall.Metric(capacity.CostMetric), "baseline");
        var canaryReplicas = Replicas(capacity, canary.Overall.Metric(capacity.CostMetric), "canary");
        var (missing, comparison) = BudgetJudge.Judge(budget, null, AsReplicaSet(baselineReplicas), AsReplicaSet(canaryReplicas), context);
        var result = missing ?? BudgetJudge.Finish(comparison!, context);

        var formula = canaryReplicas.FiniteValue is { } replicas
            ? $" [{ExactNumber.Format(replicas)} = ceil({ExactNumber.Format(capacity.ConcurrentStreams)} streams x (1 - {ExactNumber.Format(capacity.VadSavings)}) x {capacity.CostMetric} {ExactNumber.Format(canary.Overall.Metric(capacity.CostMetric)!.FiniteValue!.Value)} / {ExactNumber.Format(capacity.TargetUtilization)})]"
            : string.Empty;
        var reason = capacity.MaxReplicas is null && capacity.AllowedReplicaDelta is null && result.Status == ResultStatus.Pass
            ? $"estimate only: canary needs {ExactNumber.Format(canaryReplicas.FiniteValue!.Value)} replicas, baseline {ExactNumber.Format(baselineReplicas.FiniteValue!.Value)}; set max_replicas or allowed_replica_delta in capacity to gate it"
            : result.Reason;

        return result with { Reason = reason + formula };
    }

    private static MetricValue Replicas(CapacityConfig capacity, MetricValue? cost, string side)
    {
        if (cost is null)
        {
            return MetricValue.Unusable($"has no '{capacity.CostMetric}' to estimate replicas from", TextPosition.None);
        }

        if (cost.FiniteValue is not { } gpuSeconds)
        {
            return MetricValue.Unusable($"'{capacity.CostMetric}' {cost.Problem ?? "is infinite"}", cost.Position);
        }

        if (gpuSeconds < 0)
        {
            return MetricValue.Unusable($"'{capacity.CostMetric}' is negative ({ExactNumber.Format(gpuSeconds)}); GPU seconds per audio second must be >= 0", cost.Position);
        }

        try
        {
            return MetricValue.Number(ReplicaEstimator.Estimate(capacity, gpuSeconds), cost.Position);
        }
        catch (OverflowException)
        {
            return MetricValue.Unusable($"needs more replicas than can be computed exactly ({side} '{capacity.CostMetric}' x concurrent_streams overflows)", cost.Position);
        }
    }

    private static MetricSet AsReplicaSet(MetricValue replicas) =>
        new(null, new Dictionary<string, MetricValue>(StringComparer.Ordinal) { [CapacityConfig.BudgetName] = replicas });
}
