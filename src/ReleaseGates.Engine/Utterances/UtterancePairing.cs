using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Baseline and canary utterances matched by id. Only matched utterances are compared: an utterance
/// scored on one side only would make the two sides measure different audio.
/// </summary>
/// <param name="BaselineMembers">Baseline record indexes of the pairs, in baseline reading order.</param>
/// <param name="CanaryMembers">Canary record indexes of the same pairs (CanaryMembers[i] pairs with BaselineMembers[i]).</param>
/// <param name="BaselineOnly">Baseline utterances without a canary utterance; left out of the comparison.</param>
internal sealed record UtterancePairing(int[] BaselineMembers, int[] CanaryMembers, OneSidedIds BaselineOnly, OneSidedIds CanaryOnly)
{
    /// <summary>How many one-sided ids a notice names as examples.</summary>
    public const int ExampleCount = 5;

    /// <exception cref="InvalidInputException">A pair's normalised references differ (the sides score different
    /// evaluation sets), or its group differs (the sides resample different calls).</exception>
    public static UtterancePairing Pair(UtteranceSet baseline, UtteranceSet canary)
    {
        var matches = Matches(baseline, canary);
        var baselineMembers = new List<int>(baseline.Count);
        var canaryMembers = new List<int>(baseline.Count);
        var paired = new bool[canary.Count];
        var baselineOnlyExamples = new List<string>();
        var baselineOnly = 0;
        for (var index = 0; index < baseline.Count; index++)
        {
            var match = matches[index];
            if (match >= 0)
            {
                CheckComparable(baseline, index, canary, match);
                baselineMembers.Add(index);
                canaryMembers.Add(match);
                paired[match] = true;
            }
            else if (baselineOnly++ < ExampleCount)
            {
                baselineOnlyExamples.Add(baseline.Ids.GetString(index));
            }
        }

        var canaryOnlyExamples = new List<string>();
        var canaryOnly = 0;
        for (var index = 0; index < canary.Count; index++)
        {
            if (!paired[index] && canaryOnly++ < ExampleCount)
            {
                canaryOnlyExamples.Add(canary.Ids.GetString(index));
            }
        }

        return new UtterancePairing(baselineMembers.ToArray(), canaryMembers.ToArray(),
            new OneSidedIds(baselineOnly, baselineOnlyExamples), new OneSidedIds(canaryOnly, canaryOnlyExamples));
    }

    /// <summary>Each baseline utterance's canary utterance, or -1. Looked up on every core: a million look-ups in a
    /// table of a million ids are mostly cache misses; the checks that follow stay in order, for the first error.</summary>
    private static int[] Matches(UtteranceSet baseline, UtteranceSet canary)
    {
        const int Chunk = 16_384;
        var matches = new int[baseline.Count];
        Parallel.For(0, (baseline.Count + Chunk - 1) / Chunk, chunk =>
        {
            for (var index = chunk * Chunk; index < Math.Min(baseline.Count, (chunk + 1) * Chunk); index++)
            {
                matches[index] = canary.Ids.TryFind(baseline.Ids[index], out var match) ? match : -1;
            }
        });

        return matches;
    }

    private static void CheckComparable(UtteranceSet baseline, int b, UtteranceSet canary, int c)
    {
        ref readonly var left = ref baseline.Records[b];
        ref readonly var right = ref canary.Records[c];
        if (left.ReferenceHash != right.ReferenceHash)
        {
            throw Incomparable(baseline, b, canary, c,
                $"The utterance \"{baseline.Ids.GetString(b)}\" has a different normalised reference in the baseline and in the canary (here and at {canary.Where(c)}). Both models must be scored on the same evaluation set: re-score one of them, or give the utterances different ids.");
        }

        var leftGroup = left.Group < 0 ? ReadOnlySpan<byte>.Empty : baseline.Groups[left.Group];
        var rightGroup = right.Group < 0 ? ReadOnlySpan<byte>.Empty : canary.Groups[right.Group];
        if ((left.Group < 0) != (right.Group < 0) || !leftGroup.SequenceEqual(rightGroup))
        {
            throw Incomparable(baseline, b, canary, c,
                $"The utterance \"{baseline.Ids.GetString(b)}\" is in group \"{Name(baseline, left.Group)}\" in the baseline and in group \"{Name(canary, right.Group)}\" in the canary (at {canary.Where(c)}). A paired utterance belongs to the same call, session or speaker on both sides.");
        }
    }

    private static string Name(UtteranceSet set, int group) => group < 0 ? "(none)" : set.Groups.GetString(group);

    private static InvalidInputException Incomparable(UtteranceSet baseline, int b, UtteranceSet canary, int c, string message) =>
        new(baseline.Files[baseline.Records[b].FileIndex], baseline.Records[b].Line, 0, message);
}
