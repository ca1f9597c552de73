using System.Collections.Generic;

namespace ReleaseGates.Engine.Metrics;

/// <summary>The metrics of one group of utterances (all of them, or one slice).</summary>
public sealed class MetricValues
{
    public MetricValues(int samples, IReadOnlyList<KeyValuePair<string, double>> values)
    {
        Samples = samples;
        Values = values;
    }

    public int Samples { get; }

    /// <summary>Every metric of these utterances (those of each latency and measure after the text metrics); NaN when not defined for this
    /// group (no reference words, no entities, no latencies, no partials).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Values { get; }

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
