using System;
using System.Collections.Generic;
using System.Linq;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Metrics;

/// <summary>The metrics of contract §6, overall and per slice, from one side's utterance records.</summary>
internal static class UtteranceMetricsCalculator
{
    /// <param name="set">The utterances.</param>
    /// <param name="members">Indexes of the utterances to include (e.g. those paired with the other side); all when null.</param>
    public static UtteranceEvaluation Compute(UtteranceSet set, int[]? members = null)
    {
        var overall = new MetricAccumulator();
        var slices = new MetricAccumulator?[set.Slices.Count];
        var records = set.Records;
        var count = members?.Length ?? records.Length;
        for (var i = 0; i < count; i++)
        {
            ref readonly var record = ref records[members is null ? i : members[i]];
            overall.Add(record);
            foreach (var slice in set.SlicesOf(record))
            {
                (slices[slice] ??= new MetricAccumulator()).Add(record);
            }
        }

        var sliceMetrics = Enumerable.Range(0, slices.Length)
            .Where(slice => slices[slice] is not null)
            .Select(slice => new KeyValuePair<string, MetricValues>(set.Slices.GetString(slice), slices[slice]!.ToMetrics()))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToArray();
        return new UtteranceEvaluation(overall.ToMetrics(), sliceMetrics);
    }
}
