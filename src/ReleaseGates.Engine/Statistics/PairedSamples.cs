using System.Collections.Generic;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The paired utterances as the bootstrap needs them: per pair, both sides' edit and entity counts, and
/// the groups each side's utterance belongs to. Group 0 is all utterances; group 1 + s is the baseline's
/// slice s. Each side's figures go to the slices that side's line names, as in its point metrics; slices
/// only the canary names are not judged (decisions cover the slices present in the baseline).
/// </summary>
internal sealed class PairedSamples
{
    private PairedSamples(PairFigures[] pairs, string[] sliceNames, int[] baselineGroupStarts, int[] baselineGroups,
        int[] canaryGroupStarts, int[] canaryGroups)
    {
        Pairs = pairs;
        SliceNames = sliceNames;
        BaselineGroupStarts = baselineGroupStarts;
        BaselineGroups = baselineGroups;
        CanaryGroupStarts = canaryGroupStarts;
        CanaryGroups = canaryGroups;
    }

    public PairFigures[] Pairs { get; }

    /// <summary>Name of group 1 + s at index s.</summary>
    public string[] SliceNames { get; }

    public int GroupCount => 1 + SliceNames.Length;

    /// <summary>Pair i's baseline slice groups are BaselineGroups[BaselineGroupStarts[i] .. BaselineGroupStarts[i + 1]).</summary>
    public int[] BaselineGroupStarts { get; }

    public int[] BaselineGroups { get; }

    public int[] CanaryGroupStarts { get; }

    public int[] CanaryGroups { get; }

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

        var baselineGroupStarts = new int[count + 1];
        var canaryGroupStarts = new int[count + 1];
        var baselineGroups = new IntList();
        var canaryGroups = new IntList();
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
            foreach (var slice in baseline.SlicesOf(b))
            {
                baselineGroups.Add(1 + slice);
            }

            foreach (var slice in canary.SlicesOf(c))
            {
                if (canaryToBaselineSlice[slice] >= 0)
                {
                    canaryGroups.Add(1 + canaryToBaselineSlice[slice]);
                }
            }

            baselineGroupStarts[i + 1] = baselineGroups.Count;
            canaryGroupStarts[i + 1] = canaryGroups.Count;
        }

        return new PairedSamples(pairs, sliceNames, baselineGroupStarts, baselineGroups.Span.ToArray(),
            canaryGroupStarts, canaryGroups.Span.ToArray());
    }

    /// <summary>For tests and benchmarks: pairs without slices.</summary>
    public static PairedSamples FromPairs(PairFigures[] pairs) =>
        new(pairs, [], new int[pairs.Length + 1], [], new int[pairs.Length + 1], []);
}
