namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// One field's finite values on one side of one group, cut into segments of consecutive values (classes 0, 1, ...,
/// below <see cref="Timeout"/>): a resample's nearest rank falls in the segment where the weighted counts of the
/// classes reach it, and only that segment's units need walking. The cuts are fine (half a standard error of the rank
/// or less) around the nearest ranks of the percentiles the gate judges, where every resample's rank falls: a million
/// values are a few hundred steps from any resample's percentile, instead of half a million. Between those windows
/// the segments are wide and keep no units; a rank that falls there (more than seven standard errors from the point
/// estimate: in practice never) is found by <see cref="ClassLanes"/> from the values themselves.
/// </summary>
internal sealed class RankSegments
{
    /// <summary>The class of a timeout (+Infinity ranks above every value).</summary>
    public const int Timeout = 254;

    /// <summary>The class of a value that is not reported, or of a pair that does not count here on this side.</summary>
    public const int NotCounted = 255;

    /// <summary>How far the windows reach either side of each judged percentile's rank, in standard errors.</summary>
    public const double WindowErrors = 7;

    /// <summary>The most segments a group may have (classes are bytes, two kept for timeouts and not counted).</summary>
    public const int MaxSegments = 250;

    private RankSegments(double[] first, int[] starts, int[] units, double[] values, bool[] walkable)
    {
        First = first;
        EntryStarts = starts;
        Units = units;
        Values = values;
        Walkable = walkable;
    }

    /// <summary>Segments, classes 0 .. Count - 1.</summary>
    public int Count => First.Length;

    /// <summary>The smallest value of each segment: segment s holds the values v with First[s] &lt;= v &lt; First[s + 1]
    /// (every value below First[1] for s = 0, every finite value from First[s] on for the last).</summary>
    public double[] First { get; }

    /// <summary>Segment s's units and values, in ascending order of value, are at EntryStarts[s] .. EntryStarts[s + 1]
    /// of <see cref="Units"/> and <see cref="Values"/>, when it is <see cref="Walkable"/> and has more than one value.</summary>
    public int[] EntryStarts { get; }

    public int[] Units { get; }

    public double[] Values { get; }

    /// <summary>Whether the segment lies in a window around a judged percentile (else it keeps no units).</summary>
    public bool[] Walkable { get; }

    /// <summary>The segment of a finite value.</summary>
    public int ClassOf(double value)
    {
        var low = 1;
        var high = First.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            if (First[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low - 1;
    }

    /// <summary>A field with no judged percentile: every finite value in one class.</summary>
    public static RankSegments Whole() => new([double.NegativeInfinity], [0, 0], [], [], [false]);

    /// <summary>Whether <paramref name="value"/> (finite) falls in <paramref name="segment"/>.</summary>
    public bool Holds(int segment, double value) =>
        (segment == 0 || First[segment] <= value) && (segment + 1 == First.Length || value < First[segment + 1]);

    /// <summary>A boolean field: false (0) in class 0, true (1) in class 1.</summary>
    public static RankSegments FalseTrue() => new([double.NegativeInfinity, 0.5], [0, 0, 0], [], [], [false, false]);

    /// <param name="sorted">The group's finite values, ascending.</param>
    /// <param name="unitOf">The resampling unit of each value.</param>
    /// <param name="timeouts">How many of the group's values are timeouts (ranked above all of these).</param>
    /// <param name="percents">The judged percentiles.</param>
    /// <param name="standardErrors">How many standard errors of the rank each window reaches either side.</param>
    public static RankSegments Create(double[] sorted, int[] unitOf, int count, int timeouts, IReadOnlyList<int> percents, double standardErrors = WindowErrors)
    {
        if (count == 0)
        {
            return new([], [0], [], [], []);
        }

        for (var coarsen = 1; ; coarsen *= 2)
        {
            var cuts = Cuts(sorted, count, timeouts, percents, standardErrors, coarsen, out var windows);
            if (cuts.Count <= MaxSegments)
            {
                return Build(sorted, unitOf, count, cuts, windows);
            }
        }
    }

    /// <summary>Segment starts (positions in the sorted values; the first is 0), each where the value changes.</summary>
    private static List<int> Cuts(double[] sorted, int count, int timeouts, IReadOnlyList<int> percents, double standardErrors, int coarsen, out List<(int Start, int End)> windows)
    {
        var total = count + timeouts;
        var candidates = new List<int> { 0 };
        windows = [];
        foreach (var percent in percents)
        {
            var p = percent / 100.0;
            var center = p * total;
            var error = Math.Sqrt(total * p * (1 - p)) + 1;
            var start = Math.Max(0, (int)Math.Floor(center - (standardErrors * error)) - 2);
            var end = Math.Min(count, (int)Math.Ceiling(center + (standardErrors * error)) + 2);
            if (start >= end)
            {
                continue;
            }

            windows.Add((start, end));
            var step = Math.Max(8, (int)Math.Ceiling(error / 2)) * coarsen;
            for (var at = start; at < end; at += step)
            {
                candidates.Add(at);
            }

            candidates.Add(end);
        }

        // A cut must fall between two different values, so that a segment is a range of values. A candidate inside a
        // run of equal values cuts at both ends of the run: the run is a segment of one value (it keeps no units), and
        // the segment below it ends where the window begins instead of reaching into it, which would make all its
        // values walkable (latencies in whole milliseconds tie by the thousand at a million values).
        var positions = new List<int>(candidates.Count * 2);
        foreach (var candidate in candidates)
        {
            var (down, up) = (candidate, candidate);
            while (down > 0 && down < count && sorted[down - 1] == sorted[down])
            {
                down--;
            }

            while (up > 0 && up < count && sorted[up - 1] == sorted[up])
            {
                up++;
            }

            positions.Add(down);
            positions.Add(up);
        }

        positions.Sort();
        var cuts = new List<int>();
        foreach (var at in positions)
        {
            if (at < count && (cuts.Count == 0 || cuts[cuts.Count - 1] < at))
            {
                cuts.Add(at);
            }
        }

        return cuts;
    }

    private static RankSegments Build(double[] sorted, int[] unitOf, int count, List<int> cuts, List<(int Start, int End)> windows)
    {
        var segments = cuts.Count;
        var first = new double[segments];
        var walkable = new bool[segments];
        var starts = new int[segments + 1];
        var units = new List<int>();
        var values = new List<double>();
        for (var s = 0; s < segments; s++)
        {
            var start = cuts[s];
            var end = s + 1 < segments ? cuts[s + 1] : count;
            first[s] = sorted[start];
            foreach (var (windowStart, windowEnd) in windows)
            {
                walkable[s] |= start < windowEnd && end > windowStart;
            }

            if (walkable[s] && sorted[start] != sorted[end - 1])
            {
                for (var at = start; at < end; at++)
                {
                    units.Add(unitOf[at]);
                    values.Add(sorted[at]);
                }
            }

            starts[s + 1] = units.Count;
        }

        return new RankSegments(first, starts, units.ToArray(), values.ToArray(), walkable);
    }
}
