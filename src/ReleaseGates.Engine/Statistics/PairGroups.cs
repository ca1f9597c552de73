using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The groups of results each pair counts in: group 0 (every utterance) on both sides, and group 1 + s for each
/// baseline slice s that the pair's baseline line names, its canary line names, or both (each side's figures go to
/// the slices that side's line names, as in its point metrics). Pairs with the same memberships share a
/// <i>signature</i>: summing a figure per signature and then the signatures into groups adds each pair once instead
/// of once per group it counts in.
/// </summary>
internal sealed class PairGroups
{
    /// <summary>Membership kinds: the pair's figures of both sides, the baseline's only, or the canary's only.</summary>
    public const int BothSides = 0;
    public const int BaselineSide = 1;
    public const int CanarySide = 2;

    private PairGroups(int groupCount, int[] starts, int[] entries, int[] signatureOf, int[][] signatures)
    {
        GroupCount = groupCount;
        Starts = starts;
        Entries = entries;
        SignatureOf = signatureOf;
        Signatures = signatures;
    }

    /// <summary>Group 0 and one per baseline slice.</summary>
    public int GroupCount { get; }

    /// <summary>Pair i's slice memberships are <see cref="Entries"/>[Starts[i] .. Starts[i + 1]).</summary>
    public int[] Starts { get; }

    /// <summary>Each slice membership as group × 4 + kind (<see cref="BothSides"/>, <see cref="BaselineSide"/>,
    /// <see cref="CanarySide"/>), each pair's in ascending order.</summary>
    public int[] Entries { get; }

    /// <summary>Each pair's signature.</summary>
    public int[] SignatureOf { get; }

    /// <summary>Each signature's slice memberships (group 0, which every pair counts in on both sides, is not listed).</summary>
    public int[][] Signatures { get; }

    public static int Group(int entry) => entry >> 2;

    /// <summary>Whether a membership of <paramref name="kind"/> takes <paramref name="side"/>'s figures (0 baseline, 1 canary).</summary>
    public static bool Takes(int kind, int side) => kind == BothSides || kind == (side == 0 ? BaselineSide : CanarySide);

    /// <summary>Whether pair <paramref name="pair"/>'s <paramref name="side"/> counts in <paramref name="group"/>.</summary>
    public bool Counts(int pair, int group, int side)
    {
        if (group == 0)
        {
            return true;
        }

        for (var m = Starts[pair]; m < Starts[pair + 1]; m++)
        {
            if (Group(Entries[m]) == group && Takes(Entries[m] & 3, side))
            {
                return true;
            }
        }

        return false;
    }

    public static PairGroups Create(UtteranceSet baseline, UtteranceSet canary, UtterancePairing pairing)
    {
        var count = pairing.BaselineMembers.Length;
        var canaryToBaselineSlice = new int[canary.Slices.Count];
        for (var slice = 0; slice < canaryToBaselineSlice.Length; slice++)
        {
            canaryToBaselineSlice[slice] = baseline.Slices.TryFind(canary.Slices[slice], out var match) ? match : -1;
        }

        var starts = new int[count + 1];
        var entries = new IntList();
        var signatureOf = new int[count];
        var signatures = new SignatureTable();
        var mine = new List<int>();
        for (var i = 0; i < count; i++)
        {
            ref readonly var b = ref baseline.Records[pairing.BaselineMembers[i]];
            ref readonly var c = ref canary.Records[pairing.CanaryMembers[i]];
            var baselineSlices = baseline.SlicesOf(b);
            var canarySlices = canary.SlicesOf(c);
            mine.Clear();
            foreach (var slice in baselineSlices)
            {
                var inCanary = false;
                foreach (var canarySlice in canarySlices)
                {
                    inCanary |= canaryToBaselineSlice[canarySlice] == slice;
                }

                mine.Add(((1 + slice) * 4) + (inCanary ? BothSides : BaselineSide));
            }

            foreach (var canarySlice in canarySlices)
            {
                var slice = canaryToBaselineSlice[canarySlice];
                if (slice >= 0 && baselineSlices.IndexOf(slice) < 0)
                {
                    mine.Add(((1 + slice) * 4) + CanarySide);
                }
            }

            mine.Sort();
            foreach (var entry in mine)
            {
                entries.Add(entry);
            }

            starts[i + 1] = entries.Count;
            signatureOf[i] = signatures.Find(mine);
        }

        return new PairGroups(1 + baseline.Slices.Count, starts, entries.Span.ToArray(), signatureOf, signatures.ToArray());
    }

    /// <summary>Distinct membership lists, numbered by first appearance.</summary>
    private sealed class SignatureTable
    {
        private readonly List<int[]> _signatures = [];
        private readonly Dictionary<ulong, List<int>> _byHash = [];

        public int Find(List<int> entries)
        {
            var hash = 14695981039346656037UL;
            foreach (var entry in entries)
            {
                hash = (hash ^ (uint)entry) * 1099511628211UL;
            }

            if (!_byHash.TryGetValue(hash, out var candidates))
            {
                _byHash[hash] = candidates = [];
            }

            foreach (var candidate in candidates)
            {
                if (Same(_signatures[candidate], entries))
                {
                    return candidate;
                }
            }

            candidates.Add(_signatures.Count);
            _signatures.Add(entries.ToArray());
            return _signatures.Count - 1;
        }

        public int[][] ToArray() => _signatures.ToArray();

        private static bool Same(int[] signature, List<int> entries)
        {
            if (signature.Length != entries.Count)
            {
                return false;
            }

            for (var i = 0; i < signature.Length; i++)
            {
                if (signature[i] != entries[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
