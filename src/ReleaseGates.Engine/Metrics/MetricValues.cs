namespace ReleaseGates.Engine.Metrics;

/// <summary>The metrics of one group of utterances (all of them, or one slice).</summary>
/// <param name="Values">Every metric of these utterances, the text metrics first, then each latency's and measure's;
/// NaN when not defined for this group (no reference words, no entities, no latencies, no partials).</param>
public sealed record MetricValues(int Samples, IReadOnlyList<KeyValuePair<string, double>> Values)
{
    public double this[string name]
    {
        get
        {
            foreach (var pair in Values)
            {
                if (pair.Key == name)
                {
                    return pair.Value;
                }
            }

            throw new KeyNotFoundException(name);
        }
    }
}
