using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Metrics;

/// <summary>The metrics of contract §6-§8, overall and per slice, from one side's utterances.</summary>
internal static class UtteranceMetricsCalculator
{
    /// <param name="set">The utterances.</param>
    /// <param name="members">Indexes of the utterances to include (e.g. those paired with the other side); all when null.</param>
    public static UtteranceEvaluation Compute(UtteranceSet set, int[]? members = null)
    {
        var overall = new MetricAccumulator(set.Fields);
        var slices = new MetricAccumulator?[set.Slices.Count];
        var count = members?.Length ?? set.Count;

        // Each group's sums and percentiles are its own: the overall group and the slices are summed side by side,
        // then every group's percentiles are selected in parallel (a million latencies take a while). Each group's
        // utterances are counted first, so that they are kept in arrays of their exact size.
        Parallel.Invoke(
            () =>
            {
                var records = set.Records;
                overall.Plan(count);
                overall.Reserve();
                for (var i = 0; i < count; i++)
                {
                    var utterance = members is null ? i : members[i];
                    overall.Add(records[utterance], utterance);
                }
            },
            () =>
            {
                var records = set.Records;
                for (var i = 0; i < count; i++)
                {
                    var utterance = members is null ? i : members[i];
                    foreach (var slice in set.SlicesOf(records[utterance]))
                    {
                        (slices[slice] ??= new MetricAccumulator(set.Fields)).Plan();
                    }
                }

                foreach (var slice in slices)
                {
                    slice?.Reserve();
                }

                for (var i = 0; i < count; i++)
                {
                    var utterance = members is null ? i : members[i];
                    ref readonly var record = ref records[utterance];
                    foreach (var slice in set.SlicesOf(record))
                    {
                        slices[slice]!.Add(record, utterance);
                    }
                }
            });

        var groups = Enumerable.Range(0, slices.Length).Where(slice => slices[slice] is not null).ToArray();
        var metrics = new MetricValues[1 + groups.Length];
        Parallel.For(0, metrics.Length, group => metrics[group] = (group == 0 ? overall : slices[groups[group - 1]]!).ToMetrics());

        var sliceMetrics = groups
            .Select((slice, group) => new KeyValuePair<string, MetricValues>(set.Slices.GetString(slice), metrics[1 + group]))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToArray();
        return new UtteranceEvaluation(metrics[0], sliceMetrics);
    }
}
