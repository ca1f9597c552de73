using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The paired utterances as the bootstrap needs them, built once: which resampling unit each pair belongs to (its
/// group, or itself), the groups of results it counts in (0 is all utterances, 1 + s the baseline's slice s; each
/// side's figures go to the slices that side's line names, as in its point metrics), its figures side by side — both
/// sides' counts in one row of ints, measure sums in one row of doubles, so a resample streams through two arrays —
/// and, per percentile field, side and group, the units in the order of their values.
/// </summary>
internal sealed class PairedSamples
{
    /// <summary>Membership kinds: the pair's figures of both sides, the baseline's only, or the canary's only.</summary>
    public const int BothSides = 0;
    public const int BaselineSide = 1;
    public const int CanarySide = 2;

    private readonly Dictionary<Figure, int> _lanes;

    private PairedSamples(
        int[] unitOfPair,
        int unitCount,
        int groupCount,
        string[] sliceNames,
        int[] membershipStarts,
        int[] memberships,
        Dictionary<Figure, int> lanes,
        int countLanes,
        int[] counts,
        int sumLanes,
        double[] sums,
        IReadOnlyList<ResampledMetric> metrics,
        Dictionary<(string Field, int Side, int Group), RankedValues> ranked)
    {
        UnitOfPair = unitOfPair;
        UnitCount = unitCount;
        GroupUnitCount = groupCount;
        SliceNames = sliceNames;
        MembershipStarts = membershipStarts;
        Memberships = memberships;
        _lanes = lanes;
        CountLanes = countLanes;
        Counts = counts;
        SumLanes = sumLanes;
        Sums = sums;
        Metrics = metrics;
        Ranked = ranked;
        foreach (var count in counts)
        {
            LargestCount = Math.Max(LargestCount, count);
        }
    }

    public int PairCount => UnitOfPair.Length;

    /// <summary>The resampling unit of each pair: pairs of one group share a unit and so a weight.</summary>
    public int[] UnitOfPair { get; }

    public int UnitCount { get; }

    /// <summary>How many of the units are groups (the rest are utterances without one).</summary>
    public int GroupUnitCount { get; }

    /// <summary>Name of group 1 + s at index s.</summary>
    public string[] SliceNames { get; }

    public int GroupCount => 1 + SliceNames.Length;

    /// <summary>Pair i's slice memberships are Memberships[MembershipStarts[i] .. MembershipStarts[i + 1]).</summary>
    public int[] MembershipStarts { get; }

    /// <summary>Each membership is group * 4 + kind (<see cref="BothSides"/>, <see cref="BaselineSide"/>, <see cref="CanarySide"/>).</summary>
    public int[] Memberships { get; }

    /// <summary>Whole-count lanes per pair: the baseline's figures, then the canary's, padded to whole vectors.</summary>
    public int CountLanes { get; }

    public int[] Counts { get; }

    /// <summary>Measure-sum lanes per pair, laid out like <see cref="CountLanes"/>.</summary>
    public int SumLanes { get; }

    public double[] Sums { get; }

    /// <summary>The largest count of any pair (at least 1): bounds the partial sums.</summary>
    public int LargestCount { get; } = 1;

    public IReadOnlyList<ResampledMetric> Metrics { get; }

    /// <summary>Per percentile field, side (0 baseline, 1 canary) and group: the units whose line reports the field,
    /// in the order of its values.</summary>
    public Dictionary<(string Field, int Side, int Group), RankedValues> Ranked { get; }

    /// <summary>The lane of <paramref name="figure"/> for <paramref name="side"/> (0 baseline, 1 canary).</summary>
    public int Lane(Figure figure, int side) =>
        _lanes[figure] + (side * (figure.IsSum ? SumLanes : CountLanes) / 2);

    public static PairedSamples Create(UtteranceSet baseline, UtteranceSet canary, UtterancePairing pairing, IReadOnlyList<ResampledMetric> metrics)
    {
        var count = pairing.BaselineMembers.Length;
        var (unitOfPair, unitCount, groupCount) = Units(baseline, pairing);
        var sliceNames = Enumerable.Range(0, baseline.Slices.Count).Select(baseline.Slices.GetString).ToArray();
        var (starts, memberships) = SliceMemberships(baseline, canary, pairing);

        var figures = metrics.SelectMany(metric => metric.Figures).Distinct().ToList();
        var lanes = new Dictionary<Figure, int>();
        foreach (var figure in figures)
        {
            lanes[figure] = lanes.Count(pair => pair.Key.IsSum == figure.IsSum);
        }

        var countLanes = Padded(2 * figures.Count(f => !f.IsSum), Vector<int>.Count);
        var sumLanes = Padded(2 * figures.Count(f => f.IsSum), Vector<double>.Count);
        var counts = new int[count * countLanes];
        var sums = new double[count * sumLanes];
        var sides = new[] { (baseline, pairing.BaselineMembers), (canary, pairing.CanaryMembers) };
        for (var side = 0; side < 2; side++)
        {
            var (set, members) = sides[side];
            foreach (var figure in figures)
            {
                var lane = lanes[figure] + (side * (figure.IsSum ? sumLanes : countLanes) / 2);
                var values = figure.Field is null ? null : FieldValues(set, figure.Field);
                for (var i = 0; i < count; i++)
                {
                    var utterance = members[i];
                    if (figure.IsSum)
                    {
                        var value = values is null ? double.NaN : values[utterance];
                        sums[(i * sumLanes) + lane] = double.IsNaN(value) || double.IsInfinity(value) ? 0 : value;
                    }
                    else
                    {
                        counts[(i * countLanes) + lane] = CountOf(figure.Source, set.Records[utterance], values is null ? double.NaN : values[utterance]);
                    }
                }
            }
        }

        var ranked = new Dictionary<(string, int, int), RankedValues>();
        foreach (var field in metrics.OfType<ResampledMetric.Percentile>().Select(p => p.Field).Distinct())
        {
            for (var side = 0; side < 2; side++)
            {
                var (set, members) = sides[side];
                var values = FieldValues(set, field);
                for (var group = 0; group < 1 + sliceNames.Length; group++)
                {
                    ranked[(field, side, group)] = RankedValues.Of(values, members, unitOfPair, InGroup(group, side, starts, memberships, count));
                }
            }
        }

        return new PairedSamples(unitOfPair, unitCount, groupCount, sliceNames, starts, memberships, lanes, countLanes, counts, sumLanes, sums, metrics, ranked);
    }

    private static int Padded(int lanes, int vector) => (lanes + vector - 1) / vector * vector;

    private static double[]? FieldValues(UtteranceSet set, string field)
    {
        for (var f = 0; f < set.Fields.Count; f++)
        {
            if (set.Fields.Name(f) == field)
            {
                return set.Fields.Values(f);
            }
        }

        return null;
    }

    private static int CountOf(FigureSource source, in UtteranceRecord record, double value) => source switch
    {
        FigureSource.Edits => record.Score.Edits,
        FigureSource.ReferenceWords => record.Score.ReferenceWords,
        FigureSource.EntityMisses => record.Score.EntityMisses,
        FigureSource.Entities => record.Score.Entities,
        FigureSource.Erasures => record.Score.ChurnWords >= 0 ? record.Score.Erasures : 0,
        FigureSource.ChurnWords => Math.Max(record.Score.ChurnWords, 0),
        FigureSource.Reported => double.IsNaN(value) ? 0 : 1,
        FigureSource.Timeouts => double.IsPositiveInfinity(value) ? 1 : 0,
        FigureSource.Trues => value > 0 ? 1 : 0,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "a sum is not a count"),
    };

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

    private static (int[] Starts, int[] Memberships) SliceMemberships(UtteranceSet baseline, UtteranceSet canary, UtterancePairing pairing)
    {
        var count = pairing.BaselineMembers.Length;
        var canaryToBaselineSlice = new int[canary.Slices.Count];
        for (var slice = 0; slice < canaryToBaselineSlice.Length; slice++)
        {
            canaryToBaselineSlice[slice] = baseline.Slices.TryFind(canary.Slices[slice], out var match) ? match : -1;
        }

        var starts = new int[count + 1];
        var memberships = new IntList();
        for (var i = 0; i < count; i++)
        {
            ref readonly var b = ref baseline.Records[pairing.BaselineMembers[i]];
            ref readonly var c = ref canary.Records[pairing.CanaryMembers[i]];
            var canarySlices = canary.SlicesOf(c);
            foreach (var slice in baseline.SlicesOf(b))
            {
                var inCanary = false;
                foreach (var canarySlice in canarySlices)
                {
                    inCanary |= canaryToBaselineSlice[canarySlice] == slice;
                }

                memberships.Add(((1 + slice) * 4) + (inCanary ? BothSides : BaselineSide));
            }

            foreach (var canarySlice in canarySlices)
            {
                var slice = canaryToBaselineSlice[canarySlice];
                if (slice >= 0 && baseline.SlicesOf(b).IndexOf(slice) < 0)
                {
                    memberships.Add(((1 + slice) * 4) + CanarySide);
                }
            }

            starts[i + 1] = memberships.Count;
        }

        return (starts, memberships.Span.ToArray());
    }

    /// <summary>Whether pair i's <paramref name="side"/> counts in <paramref name="group"/>.</summary>
    private static Func<int, bool> InGroup(int group, int side, int[] starts, int[] memberships, int count) => group == 0
        ? _ => true
        : i =>
        {
            for (var m = starts[i]; m < starts[i + 1]; m++)
            {
                var kind = memberships[m] & 3;
                if (memberships[m] >> 2 == group && (kind == BothSides || kind == (side == 0 ? BaselineSide : CanarySide)))
                {
                    return true;
                }
            }

            return false;
        };
}
