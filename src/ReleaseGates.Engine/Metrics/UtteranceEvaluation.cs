namespace ReleaseGates.Engine.Metrics;

/// <summary>Metrics of a set of utterances, overall and per slice (slices in ordinal order of their names).</summary>
public sealed record UtteranceEvaluation(MetricValues Overall, IReadOnlyList<KeyValuePair<string, MetricValues>> Slices);
