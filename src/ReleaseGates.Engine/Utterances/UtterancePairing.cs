using System.Collections.Generic;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Baseline and canary utterances matched by id. Only matched utterances are compared: an utterance
/// scored on one side only would make the two sides measure different audio.
/// </summary>
internal sealed class UtterancePairing
{
    /// <summary>How many one-sided ids a notice names as examples.</summary>
    public const int ExampleCount = 5;

    private UtterancePairing(int[] baselineMembers, int[] canaryMembers, int baselineOnly, int canaryOnly,
        IReadOnlyList<string> baselineOnlyExamples, IReadOnlyList<string> canaryOnlyExamples)
    {
        BaselineMembers = baselineMembers;
        CanaryMembers = canaryMembers;
        BaselineOnly = baselineOnly;
        CanaryOnly = canaryOnly;
        BaselineOnlyExamples = baselineOnlyExamples;
        CanaryOnlyExamples = canaryOnlyExamples;
    }

    /// <summary>Baseline record indexes of the pairs, in baseline reading order.</summary>
    public int[] BaselineMembers { get; }

    /// <summary>Canary record indexes of the same pairs (CanaryMembers[i] pairs with BaselineMembers[i]).</summary>
    public int[] CanaryMembers { get; }

    public int BaselineOnly { get; }

    public int CanaryOnly { get; }

    /// <summary>The first few baseline ids without a canary utterance, in reading order.</summary>
    public IReadOnlyList<string> BaselineOnlyExamples { get; }

    public IReadOnlyList<string> CanaryOnlyExamples { get; }

    public static UtterancePairing Pair(UtteranceSet baseline, UtteranceSet canary)
    {
        var baselineMembers = new List<int>(baseline.Count);
        var canaryMembers = new List<int>(baseline.Count);
        var paired = new bool[canary.Count];
        var baselineOnlyExamples = new List<string>();
        var baselineOnly = 0;
        for (var index = 0; index < baseline.Count; index++)
        {
            if (canary.Ids.TryFind(baseline.Ids[index], out var match))
            {
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

        return new UtterancePairing(baselineMembers.ToArray(), canaryMembers.ToArray(), baselineOnly, canaryOnly,
            baselineOnlyExamples, canaryOnlyExamples);
    }
}
