using System.Collections.Generic;

namespace ReleaseGates.Engine.Metrics;

/// <summary>Metrics of a set of utterances, overall and per slice (slices in ordinal order of their names).</summary>
public sealed class UtteranceEvaluation
{
    public UtteranceEvaluation(MetricValues overall, IReadOnlyList<KeyValuePair<string, MetricValues>> slices)
    {
        Overall = overall;
        Slices = slices;
    }

    public MetricValues Overall { get; }

    public IReadOnlyList<KeyValuePair<string, MetricValues>> Slices { get; }
}
