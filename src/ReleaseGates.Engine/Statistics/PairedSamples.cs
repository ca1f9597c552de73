using System;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The paired utterances as the bootstrap needs them: per pair, both sides' edit and entity counts, and
/// the groups the pair counts in. Group 0 is all utterances; group 1 + s is the baseline's slice s. Each
/// side's figures go to the slices that side's line names, as in its point metrics; slices only the
/// canary names are not judged (decisions cover the slices present in the baseline).
/// </summary>
internal sealed class PairedSamples
{
    /// <summary>Membership kinds: the pair's figures of both sides, the baseline's only, or the canary's only.</summary>
    public const int BothSides = 0;
    public const int BaselineSide = 1;
    public const int CanarySide = 2;

    private PairedSamples(PairFigures[] pairs, string[] sliceNames, int[] membershipStarts, int[] memberships)
    {
        Pairs = pairs;
        SliceNames = sliceNames;
        MembershipStarts = membershipStarts;
        Memberships = memberships;
        foreach (var pair in pairs)
        {
            LargestFigure = Math.Max(LargestFigure, Math.Max(
                Math.Max(Math.Max(pair.BaselineEdits, pair.BaselineWords), Math.Max(pair.CanaryEdits, pair.CanaryWords)),
                Math.Max(Math.Max(pair.BaselineEntityMisses, pair.BaselineEntities), Math.Max(pair.CanaryEntityMisses, pair.CanaryEntities))));
        }
    }

    public PairFigures[] Pairs { get; }

    /// <summary>Name of group 1 + s at index s.</summary>
    public string[] SliceNames { get; }

    public int GroupCount => 1 + SliceNames.Length;

    /// <summary>Pair i's slice memberships are Memberships[MembershipStarts[i] .. MembershipStarts[i + 1]).</summary>
    public int[] MembershipStarts { get; }

    /// <summary>Each membership is group * 4 + kind (<see cref="BothSides"/>, <see cref="BaselineSide"/>, <see cref="CanarySide"/>).</summary>
    public int[] Memberships { get; }

    /// <summary>The largest figure of any pair (at least 1): bounds the partial sums.</summary>
    public int LargestFigure { get; } = 1;

    public static PairedSamples Create(UtteranceSet baseline, UtteranceSet canary, UtterancePairing pairing)
    {
        var count = pairing.BaselineMembers.Length;
        var pairs = new PairFigures[count];
        var sliceNames = new string[baseline.Slices.Count];
        for (var slice = 0; slice < sliceNames.Length; slice++)
        {
            sliceNames[slice] = baseline.Slices.GetString(slice);
        }

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
            pairs[i] = new PairFigures
            {
                BaselineEdits = b.Edits,
                BaselineWords = b.ReferenceWords,
                CanaryEdits = c.Edits,
                CanaryWords = c.ReferenceWords,
                BaselineEntityMisses = b.EntityMisses,
                BaselineEntities = b.Entities,
                CanaryEntityMisses = c.EntityMisses,
                CanaryEntities = c.Entities,
            };
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

        return new PairedSamples(pairs, sliceNames, starts, memberships.Span.ToArray());
    }

    /// <summary>For tests and benchmarks: pairs in no slice.</summary>
    public static PairedSamples FromPairs(PairFigures[] pairs) => new(pairs, [], new int[pairs.Length + 1], []);
}
