using System.Collections.Generic;

namespace ReleaseGates.Engine.Metrics;

/// <summary>The names of the metrics computed from per-utterance results, as budgets name them (contract §6).</summary>
public static class MetricNames
{
    public const string Samples = "samples";
    public const string WordErrorRate = "wer";
    public const string EntityErrorRate = "entity_error_rate";
    public const string FirstPartialMs = "first_partial_ms";
    public const string FinalMs = "final_ms";
    /// <summary>
    /// Normalized erasure (Arivazhagan, Cherry, Macherey and Foster, "Re-translation versus Streaming for
    /// Simultaneous Translation", IWSLT 2020) of the streaming partials: over the utterances that have
    /// <c>partials</c>, the words each output (every partial, then the final hypothesis) takes back from the one
    /// before — its length minus their longest common word prefix — summed, over the words of the final hypotheses.
    /// </summary>
    public const string PartialChurn = "partial_churn";

    /// <summary>The percentiles reported for each latency, as name suffixes _p50, _p95, _p99.</summary>
    public static IReadOnlyList<int> LatencyPercentiles { get; } = [50, 95, 99];

    /// <summary>Every metric, in the order they are written.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Samples, WordErrorRate, EntityErrorRate,
        FirstPartialMs + "_p50", FirstPartialMs + "_p95", FirstPartialMs + "_p99",
        FinalMs + "_p50", FinalMs + "_p95", FinalMs + "_p99",
        PartialChurn,
    ];

    /// <summary>The metrics the paired bootstrap can judge (ratios of per-utterance sums).</summary>
    public static bool IsResampled(string metric) => metric is WordErrorRate or EntityErrorRate;
}
