using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The whole-count figures of every pair that the bootstrap sums with weights — edits, reference words, entity misses,
/// entities, erasures, churn words — one lane per figure and side, a pair's lanes side by side. A figure that is the
/// same on both sides for every pair (the reference words always are: pairs agree on their normalised reference) takes
/// one lane. Stored as bytes when every value fits, as they do unless an utterance has hundreds of words: a pass over a
/// million pairs then reads a few bytes of each.
/// </summary>
internal sealed class CountLanes
{
    private readonly Dictionary<(FigureSource Source, int Side), int> _lanes;

    private CountLanes(Dictionary<(FigureSource, int), int> lanes, int laneCount, byte[]? bytes, int[]? ints, int largest)
    {
        _lanes = lanes;
        LaneCount = laneCount;
        Bytes = bytes;
        Ints = ints;
        Largest = largest;
    }

    public int LaneCount { get; }

    /// <summary>Pair i's lane l is [i × LaneCount + l], here when every value is below 256 ...</summary>
    public byte[]? Bytes { get; }

    /// <summary>... and here otherwise.</summary>
    public int[]? Ints { get; }

    /// <summary>The largest value of any lane (at least 1): bounds the partial sums.</summary>
    public int Largest { get; }

    public static bool IsCount(FigureSource source) => source is FigureSource.Edits or FigureSource.ReferenceWords
        or FigureSource.EntityMisses or FigureSource.Entities or FigureSource.Erasures or FigureSource.ChurnWords;

    public static CountLanes Create(UtteranceSet baseline, UtteranceSet canary, UtterancePairing pairing, IEnumerable<FigureSource> sources)
    {
        // Values are read from the records as each pass needs them, not gathered into a column each first: a column
        // per figure and side would be tens of MB at a million pairs, all alive at the bootstrap's peak.
        var count = pairing.BaselineMembers.Length;
        var sides = new[] { (baseline, pairing.BaselineMembers), (canary, pairing.CanaryMembers) };
        var columns = new List<(FigureSource Source, int Side)>();
        var lanes = new Dictionary<(FigureSource, int), int>();
        foreach (var source in sources.Distinct())
        {
            lanes[(source, 0)] = columns.Count;
            columns.Add((source, 0));
            if (SameOnBothSides(baseline, canary, pairing, source))
            {
                lanes[(source, 1)] = columns.Count - 1;
            }
            else
            {
                lanes[(source, 1)] = columns.Count;
                columns.Add((source, 1));
            }
        }

        // Bytes first: every value fits unless an utterance has hundreds of words, and then the lanes are filled again as ints.
        var laneCount = columns.Count;
        var bytes = new byte[count * laneCount];
        var largest = Fill(sides, columns, count, (at, value) => bytes[at] = (byte)value);
        if (largest <= byte.MaxValue)
        {
            return new CountLanes(lanes, laneCount, bytes, null, largest);
        }

        var ints = new int[count * laneCount];
        Fill(sides, columns, count, (at, value) => ints[at] = value);
        return new CountLanes(lanes, laneCount, null, ints, largest);
    }

    /// <summary>The lane of <paramref name="source"/> on <paramref name="side"/> (0 baseline, 1 canary).</summary>
    public int LaneOf(FigureSource source, int side) => _lanes[(source, side)];

    /// <returns>The largest value (at least 1).</returns>
    private static int Fill((UtteranceSet Set, int[] Members)[] sides, List<(FigureSource Source, int Side)> columns, int count, Action<int, int> store)
    {
        var largest = 1;
        for (var lane = 0; lane < columns.Count; lane++)
        {
            var (source, side) = columns[lane];
            var (set, members) = sides[side];
            var records = set.Records;
            for (var i = 0; i < count; i++)
            {
                var value = Value(records[members[i]].Score, source);
                largest = Math.Max(largest, value);
                store((i * columns.Count) + lane, value);
            }
        }

        return largest;
    }

    private static bool SameOnBothSides(UtteranceSet baseline, UtteranceSet canary, UtterancePairing pairing, FigureSource source)
    {
        var baselineRecords = baseline.Records;
        var canaryRecords = canary.Records;
        for (var i = 0; i < pairing.BaselineMembers.Length; i++)
        {
            if (Value(baselineRecords[pairing.BaselineMembers[i]].Score, source) != Value(canaryRecords[pairing.CanaryMembers[i]].Score, source))
            {
                return false;
            }
        }

        return true;
    }

    private static int Value(in TextScore score, FigureSource source) => source switch
    {
        FigureSource.Edits => score.Edits,
        FigureSource.ReferenceWords => score.ReferenceWords,
        FigureSource.EntityMisses => score.EntityMisses,
        FigureSource.Entities => score.Entities,
        FigureSource.Erasures => score.ChurnWords >= 0 ? score.Erasures : 0,
        FigureSource.ChurnWords => Math.Max(score.ChurnWords, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "not a whole count of the texts"),
    };
}
