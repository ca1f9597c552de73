namespace ReleaseGates.Engine.Metrics;

/// <summary>The names of the metrics computed from per-utterance results, as budgets name them (contract §6-§8).</summary>
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

    public const string MeanSuffix = "_mean";
    public const string TimeoutRateSuffix = "_timeout_rate";
    public const string RateSuffix = "_rate";

    /// <summary>The percentiles reported for each latency and number measure, as name suffixes _p50, _p95, _p99.</summary>
    public static IReadOnlyList<int> Percentiles { get; } = [50, 95, 99];

    private static readonly HashSet<string> Reserved = new(
        new[] { Samples, WordErrorRate, EntityErrorRate, PartialChurn, FirstPartialMs, FinalMs }
            .Concat(OfLatency(FirstPartialMs)).Concat(OfLatency(FinalMs)),
        StringComparer.Ordinal);

    public static string Percentile(string field, int percent) => $"{field}_p{percent}";

    /// <summary>A latency's metrics: _p50, _p95, _p99, _timeout_rate.</summary>
    public static IEnumerable<string> OfLatency(string field) =>
        Percentiles.Select(p => Percentile(field, p)).Append(field + TimeoutRateSuffix);

    /// <summary>A number measure's metrics: _mean, then a latency's.</summary>
    public static IEnumerable<string> OfNumberMeasure(string measure) => OfLatency(measure).Prepend(measure + MeanSuffix);

    /// <summary>A boolean measure's metric: _rate.</summary>
    public static string OfBooleanMeasure(string measure) => measure + RateSuffix;

    /// <summary>A built-in field or metric name, which no measure may take.</summary>
    public static bool IsReserved(string name) => Reserved.Contains(name);
}
