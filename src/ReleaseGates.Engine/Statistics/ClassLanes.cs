using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The latencies and measures the bootstrap judges, one lane per field and side: in each group, each pair's value is
/// in a class — a segment of the group's values (<see cref="RankSegments"/>), a timeout, or not counted — and a
/// resample sums the weights of each class. Those sums give how many values were reported and how many timed out
/// (a timeout rate, a mean's count, a boolean's share of true) and, for a percentile, the one segment to walk.
/// </summary>
internal sealed class ClassLanes
{
    private readonly Lane[] _lanes;
    private readonly PairGroups _groups;
    private readonly int[] _unitOfPair;

    private ClassLanes(Lane[] lanes, byte[] overall, byte[] member, PairGroups groups, int[] unitOfPair)
    {
        _lanes = lanes;
        Overall = overall;
        Member = member;
        _groups = groups;
        _unitOfPair = unitOfPair;
    }

    /// <summary>Classes a (group, lane) may use: the sums of a resample have this many per group and lane.</summary>
    public const int Stride = 256;

    public int LaneCount => _lanes.Length;

    /// <summary>Pair i's class in group 0 on lane k is Overall[i × LaneCount + k].</summary>
    public byte[] Overall { get; }

    /// <summary>The class of slice membership m (an index into <see cref="PairGroups.Entries"/>) on lane k is Member[m × LaneCount + k].</summary>
    public byte[] Member { get; }

    /// <summary>The lane of <paramref name="field"/> on <paramref name="side"/>.</summary>
    public int LaneOf(string field, int side) => Array.FindIndex(_lanes, lane => lane.Field == field && lane.Side == side);

    public RankSegments Segments(int lane, int group) => _lanes[lane].Groups[group];

    /// <param name="fields">Each field the metrics use, with whether it is boolean and the percentiles judged on it.</param>
    /// <param name="windowErrors">How far the walkable windows reach either side of a percentile, in standard errors of
    /// its rank (tests make it small to send ranks outside them).</param>
    public static ClassLanes Create(UtteranceSet baseline, UtteranceSet canary, UtterancePairing pairing, PairGroups groups, int[] unitOfPair,
        IReadOnlyList<(string Field, bool Boolean, IReadOnlyList<int> Percents)> fields, double windowErrors = RankSegments.WindowErrors)
    {
        var sides = new[] { (baseline, pairing.BaselineMembers), (canary, pairing.CanaryMembers) };
        var lanes = fields.SelectMany(f => Enumerable.Range(0, 2).Select(side => (f.Field, f.Boolean, f.Percents, Side: side))).ToArray();
        var count = pairing.BaselineMembers.Length;
        var overall = new byte[count * lanes.Length];
        var member = new byte[groups.Entries.Length * lanes.Length];
        var built = new Lane[lanes.Length];
        Parallel.For(0, lanes.Length, k =>
        {
            var (field, boolean, percents, side) = lanes[k];
            var (set, members) = sides[side];
            var column = FieldColumn(set, field);
            built[k] = new Lane(field, side, column, members,
                Classify(column, members, groups, unitOfPair, side, boolean, percents, windowErrors, overall, member, k, lanes.Length));
        });

        return new ClassLanes(built, overall, member, groups, unitOfPair);
    }

    /// <summary>The value at nearest rank <paramref name="rank"/> among the values of <paramref name="group"/> on
    /// <paramref name="lane"/> in the block's resample <paramref name="resample"/>, given the resample's weighted count of
    /// each class: <paramref name="classCounts"/>[(<paramref name="at"/> + class) × <see cref="WeightBlock.Width"/> + <paramref name="resample"/>].</summary>
    public double Percentile(int lane, int group, long rank, int[] classCounts, int at, WeightBlock weights, int resample)
    {
        var segments = _lanes[lane].Groups[group];
        long below = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            long inSegment = classCounts[((at + s) * WeightBlock.Width) + resample];
            if (below + inSegment >= rank)
            {
                return segments.Walkable[s]
                    ? Walk(segments, s, rank - below, inSegment, weights, resample)
                    : Search(lane, group, s, rank - below, weights, resample);
            }

            below += inSegment;
        }

        return double.PositiveInfinity; // the rank is among the timeouts
    }

    /// <summary>The value at rank <paramref name="rank"/> (1-based) within a segment holding <paramref name="total"/> drawn values.</summary>
    private static double Walk(RankSegments segments, int segment, long rank, long total, WeightBlock weights, int resample)
    {
        var start = segments.EntryStarts[segment];
        var end = segments.EntryStarts[segment + 1];
        if (start == end)
        {
            return segments.First[segment];
        }

        var units = segments.Units;
        if (rank * 2 <= total)
        {
            long seen = 0;
            for (var j = start; j < end; j++)
            {
                seen += weights.Of(units[j], resample);
                if (seen >= rank)
                {
                    return segments.Values[j];
                }
            }
        }
        else
        {
            // From the top: the value with at least total - rank + 1 drawn values at or above it.
            var fromTop = total - rank + 1;
            long seen = 0;
            for (var j = end - 1; j >= start; j--)
            {
                seen += weights.Of(units[j], resample);
                if (seen >= fromTop)
                {
                    return segments.Values[j];
                }
            }
        }

        throw new InvalidOperationException("a segment's drawn values do not add up to its count");
    }

    /// <summary>A rank far outside every window: the segment's values gathered from the pairs, sorted and walked.</summary>
    private double Search(int lane, int group, int segment, long rank, WeightBlock weights, int resample)
    {
        var (column, members, side, segments) = (_lanes[lane].Column, _lanes[lane].Members, _lanes[lane].Side, _lanes[lane].Groups[group]);
        var values = new List<double>();
        var units = new List<int>();
        for (var i = 0; i < members.Length; i++)
        {
            var value = column is null ? double.NaN : column[members[i]];
            if (!double.IsNaN(value) && !double.IsInfinity(value) && segments.Holds(segment, value) && _groups.Counts(i, group, side))
            {
                values.Add(value);
                units.Add(_unitOfPair[i]);
            }
        }

        var sortedValues = values.ToArray();
        var sortedUnits = units.ToArray();
        Array.Sort(sortedValues, sortedUnits);
        long seen = 0;
        for (var j = 0; j < sortedValues.Length; j++)
        {
            seen += weights.Of(sortedUnits[j], resample);
            if (seen >= rank)
            {
                return sortedValues[j];
            }
        }

        throw new InvalidOperationException("a segment's drawn values do not add up to its count");
    }

    private static double[]? FieldColumn(UtteranceSet set, string field)
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

    /// <summary>Builds one lane's segments in every group and writes each pair's class.</summary>
    private static RankSegments[] Classify(double[]? column, int[] members, PairGroups groups, int[] unitOfPair, int side, bool boolean,
        IReadOnlyList<int> percents, double windowErrors, byte[] overall, byte[] member, int lane, int laneCount)
    {
        var result = new RankSegments[groups.GroupCount];
        if (column is null || percents.Count == 0)
        {
            // Every group has the same classes: by value only.
            var shared = boolean ? RankSegments.FalseTrue() : RankSegments.Whole();
            for (var group = 0; group < result.Length; group++)
            {
                result[group] = shared;
            }

            for (var i = 0; i < members.Length; i++)
            {
                var value = column is null ? double.NaN : column[members[i]];
                var cls = ClassOf(shared, value);
                overall[(i * laneCount) + lane] = cls;
                for (var m = groups.Starts[i]; m < groups.Starts[i + 1]; m++)
                {
                    member[(m * laneCount) + lane] = PairGroups.Takes(groups.Entries[m] & 3, side) ? cls : (byte)RankSegments.NotCounted;
                }
            }

            return result;
        }

        // Every pair's class in group 0, and how many values each group ranks: its finite ones and its timeouts.
        var finite = new int[groups.GroupCount];
        var timeouts = new int[groups.GroupCount];
        for (var i = 0; i < members.Length; i++)
        {
            var value = column[members[i]];
            var cls = double.IsNaN(value) ? (byte)RankSegments.NotCounted : double.IsPositiveInfinity(value) ? (byte)RankSegments.Timeout : (byte)0;
            overall[(i * laneCount) + lane] = cls;
            Tally(cls, 0, finite, timeouts);
            for (var m = groups.Starts[i]; m < groups.Starts[i + 1]; m++)
            {
                var takes = PairGroups.Takes(groups.Entries[m] & 3, side);
                member[(m * laneCount) + lane] = takes ? cls : (byte)RankSegments.NotCounted;
                if (takes)
                {
                    Tally(cls, PairGroups.Group(groups.Entries[m]), finite, timeouts);
                }
            }
        }

        // The finite values sorted once, for group 0; each slice's values then come out of that order already sorted,
        // in arrays of their exact size (a million pairs in a few slices: tens of MB, not a sort and its copies per slice).
        var sorted = new double[finite[0]];
        var pairs = new int[finite[0]];
        for (int i = 0, at = 0; i < members.Length; i++)
        {
            if (overall[(i * laneCount) + lane] == 0)
            {
                sorted[at] = column[members[i]];
                pairs[at++] = i;
            }
        }

        Array.Sort(sorted, pairs);
        var values = new double[result.Length][];
        var units = new int[result.Length][];
        var slots = new int[result.Length][];
        (values[0], units[0], slots[0]) = (sorted, new int[sorted.Length], pairs);
        for (var group = 1; group < result.Length; group++)
        {
            (values[group], units[group], slots[group]) = (new double[finite[group]], new int[finite[group]], new int[finite[group]]);
        }

        // One pass in the order of the values hands each slice its values in order.
        var filled = new int[result.Length];
        for (var j = 0; j < sorted.Length; j++)
        {
            var i = pairs[j];
            units[0][j] = unitOfPair[i];
            for (var m = groups.Starts[i]; m < groups.Starts[i + 1]; m++)
            {
                if (member[(m * laneCount) + lane] == 0)
                {
                    var group = PairGroups.Group(groups.Entries[m]);
                    var at = filled[group]++;
                    (values[group][at], units[group][at], slots[group][at]) = (sorted[j], unitOfPair[i], m);
                }
            }
        }

        for (var group = 0; group < result.Length; group++)
        {
            var segments = result[group] = RankSegments.Create(values[group], units[group], values[group].Length, timeouts[group], percents, windowErrors);
            var target = group == 0 ? overall : member;
            for (int at = 0, s = 0; at < values[group].Length; at++)
            {
                while (s + 1 < segments.Count && segments.First[s + 1] <= values[group][at])
                {
                    s++;
                }

                target[(slots[group][at] * laneCount) + lane] = (byte)s;
            }

            (values[group], units[group], slots[group]) = (null!, null!, null!); // let it go
        }

        return result;
    }

    private static void Tally(byte cls, int group, int[] finite, int[] timeouts)
    {
        if (cls == 0)
        {
            finite[group]++;
        }
        else if (cls == RankSegments.Timeout)
        {
            timeouts[group]++;
        }
    }

    private static byte ClassOf(RankSegments segments, double value) =>
        double.IsNaN(value) ? (byte)RankSegments.NotCounted
        : double.IsPositiveInfinity(value) ? (byte)RankSegments.Timeout
        : (byte)segments.ClassOf(value);

    /// <summary>One lane: the field and side, its values by utterance and the side's utterance of each pair (for
    /// <see cref="Search"/>), and its segments in each group.</summary>
    private sealed record Lane(string Field, int Side, double[]? Column, int[] Members, RankSegments[] Groups);
}
