namespace ReleaseGates.Engine.Evaluation;

/// <summary>The metrics of the whole evaluation or of one slice, with its sample count when reported.</summary>
public sealed class MetricSet
{
    public static readonly MetricSet Empty = new(null, new Dictionary<string, MetricValue>(StringComparer.Ordinal));

    public MetricSet(decimal? samples, IReadOnlyDictionary<string, MetricValue> metrics)
    {
        Samples = samples;
        Metrics = metrics;
    }

    /// <summary>Null when the output does not say how many samples it judged.</summary>
    public decimal? Samples { get; }

    public IReadOnlyDictionary<string, MetricValue> Metrics { get; }

    public MetricValue? Metric(string name) => Metrics.TryGetValue(name, out var value) ? value : null;
}
