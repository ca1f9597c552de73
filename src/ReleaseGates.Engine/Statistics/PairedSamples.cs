using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The paired utterances as the bootstrap needs them, built once and holding no text, id or record: which resampling
/// unit each pair belongs to (its group, or itself), the groups of results it counts in (<see cref="PairGroups"/>),
/// and its figures — whole counts (<see cref="CountLanes"/>), the classes of its latencies and measures
/// (<see cref="ClassLanes"/>) and the values of measures whose mean is judged (<see cref="SumLanes"/>).
/// </summary>
/// <param name="UnitOfPair">The resampling unit of each pair: pairs of one group share a unit and so a weight.</param>
/// <param name="GroupUnitCount">How many of the units are groups (the rest are utterances without one).</param>
/// <param name="SliceNames">Name of group 1 + s at index s.</param>
internal sealed record PairedSamples(int[] UnitOfPair, int UnitCount, int GroupUnitCount, string[] SliceNames, PairGroups Groups,
    CountLanes Counts, ClassLanes Classes, SumLanes Sums, IReadOnlyList<ResampledMetric> Metrics)
{
    public int PairCount => UnitOfPair.Length;

    public int GroupCount => 1 + SliceNames.Length;

    /// <param name="windowErrors">See <see cref="ClassLanes.Create"/>.</param>
    /// <param name="dropRecords">Let the sides' records go once they are counted, before the classes' sorting arrays are
    /// made (<see cref="UtteranceSet.DropRecords"/>): for a caller that will not read them again.</param>
    public static PairedSamples Create(UtteranceSet baseline, UtteranceSet canary, UtterancePairing pairing, IReadOnlyList<ResampledMetric> metrics,
        double windowErrors = RankSegments.WindowErrors, bool dropRecords = false)
    {
        var (unitOfPair, unitCount, groupUnitCount) = Units(baseline, pairing);
        var sliceNames = Enumerable.Range(0, baseline.Slices.Count).Select(baseline.Slices.GetString).ToArray();
        var figures = metrics.SelectMany(metric => metric.Figures).Distinct().ToList();

        // Every field a metric counts or ranks gets a class lane; its percentiles decide where its segments are fine.
        var percents = metrics.OfType<ResampledMetric.Percentile>().ToLookup(p => p.Field, p => p.Percent);
        var classFields = figures.Where(f => f.Field is not null && !f.IsSum).Select(f => f.Field!).Distinct()
            .Select(field => (field, figures.Any(f => f.Field == field && f.Source == FigureSource.Trues), (IReadOnlyList<int>)percents[field].Distinct().OrderBy(p => p).ToList()))
            .ToList();

        // The records are read by the groups and the counts only, one thread's pass each; the classes come after, so
        // that their sorting arrays need not share memory with the records.
        PairGroups groups = null!;
        CountLanes counts = null!;
        Parallel.Invoke(
            () => groups = PairGroups.Create(baseline, canary, pairing),
            () => counts = CountLanes.Create(baseline, canary, pairing, figures.Where(f => CountLanes.IsCount(f.Source)).Select(f => f.Source)));
        if (dropRecords)
        {
            baseline.DropRecords();
            canary.DropRecords();
            LargeGarbage.CollectAfter(unitOfPair.Length);
        }

        var classes = ClassLanes.Create(baseline, canary, pairing, groups, unitOfPair, classFields, windowErrors);
        var sums = SumLanes.Create(baseline, canary, pairing, figures.Where(f => f.IsSum).Select(f => f.Field!));
        return new PairedSamples(unitOfPair, unitCount, groupUnitCount, sliceNames, groups, counts, classes, sums, metrics);
    }

    /// <summary>A pair's unit is its baseline group (the pairing checked that the canary agrees); a pair without one
    /// is a unit of its own.</summary>
    private static (int[] UnitOfPair, int UnitCount, int GroupCount) Units(UtteranceSet baseline, UtterancePairing pairing)
    {
        var units = new int[pairing.BaselineMembers.Length];
        var unitOfGroup = new int[baseline.Groups.Count];
        unitOfGroup.AsSpan().Fill(-1);
        var next = 0;
        var groups = 0;
        for (var i = 0; i < units.Length; i++)
        {
            var group = baseline.Records[pairing.BaselineMembers[i]].Group;
            if (group >= 0 && unitOfGroup[group] < 0)
            {
                unitOfGroup[group] = next++;
                groups++;
            }

            units[i] = group < 0 ? next++ : unitOfGroup[group];
        }

        return (units, next, groups);
    }
}
