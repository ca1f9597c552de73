using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The number measures whose mean the bootstrap judges, one lane per measure and side: each pair's value (0 when not
/// reported or timed out: those are counted by <see cref="ClassLanes"/>), a pair's lanes side by side. Summed in the
/// order of the pairs, weight × value, as a brute force over the repeated lines would (a sum of doubles depends on
/// its order).
/// </summary>
internal sealed class SumLanes
{
    private SumLanes(List<(string Field, int Side)> lanes, double[] values)
    {
        Lanes = lanes;
        Values = values;
    }

    public IReadOnlyList<(string Field, int Side)> Lanes { get; }

    public int LaneCount => Lanes.Count;

    /// <summary>Pair i's lane j is [i × LaneCount + j].</summary>
    public double[] Values { get; }

    public int LaneOf(string field, int side)
    {
        for (var lane = 0; lane < Lanes.Count; lane++)
        {
            if (Lanes[lane].Field == field && Lanes[lane].Side == side)
            {
                return lane;
            }
        }

        throw new ArgumentException($"no sum lane for {field}", nameof(field));
    }

    public static SumLanes Create(UtteranceSet baseline, UtteranceSet canary, UtterancePairing pairing, IEnumerable<string> fields)
    {
        var lanes = fields.Distinct().SelectMany(field => new[] { (field, 0), (field, 1) }).ToList();
        var count = pairing.BaselineMembers.Length;
        var values = new double[count * lanes.Count];
        for (var lane = 0; lane < lanes.Count; lane++)
        {
            var (field, side) = lanes[lane];
            var (set, members) = side == 0 ? (baseline, pairing.BaselineMembers) : (canary, pairing.CanaryMembers);
            var column = Column(set, field);
            for (var i = 0; i < count; i++)
            {
                var value = column is null ? double.NaN : column[members[i]];
                values[(i * lanes.Count) + lane] = double.IsNaN(value) || double.IsInfinity(value) ? 0 : value;
            }
        }

        return new SumLanes(lanes, values);
    }

    private static double[]? Column(UtteranceSet set, string field)
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
}
