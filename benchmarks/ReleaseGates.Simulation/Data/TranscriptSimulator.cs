using ReleaseGates.Simulation.Randomness;

namespace ReleaseGates.Simulation.Data;

/// <summary>
/// One model's transcript of one utterance: each reference word is misrecognised with the utterance's error
/// probability — substituted (55 %), deleted (25 %) or followed by an inserted word (20 %), the usual mix in ASR error
/// analyses — and the streaming partials that led up to it.
/// </summary>
internal static class TranscriptSimulator
{
    public static List<string> Hypothesis(string[] reference, double errorRate, SimRandom random)
    {
        var hypothesis = new List<string>(reference.Length + 2);
        foreach (var word in reference)
        {
            if (!random.Chance(errorRate))
            {
                hypothesis.Add(word);
                continue;
            }

            var kind = random.NextDouble();
            if (kind < 0.55)
            {
                hypothesis.Add(Vocabulary.Shared.Substitute(word, random));
            }
            else if (kind >= 0.80)
            {
                hypothesis.Add(word);
                hypothesis.Add(Vocabulary.Insertion(random));
            }
        }

        return hypothesis;
    }

    /// <summary>
    /// Growing prefixes of the final hypothesis every 2 to 4 words, as a streaming recogniser emits them. A partial's
    /// last word is sometimes a guess the next partial revises — more often on hard audio — which is the flicker
    /// <c>partial_churn</c> measures.
    /// </summary>
    public static List<string> Partials(List<string> hypothesis, double errorRate, SimRandom random)
    {
        var partials = new List<string>();
        if (hypothesis.Count < 2)
        {
            return partials;
        }

        var step = random.Between(2, 4);
        var revisionChance = Math.Min(0.6, 0.05 + (2 * errorRate));
        for (var length = step; length < hypothesis.Count; length += step)
        {
            var prefix = hypothesis.GetRange(0, length);
            if (random.Chance(revisionChance))
            {
                prefix[^1] = Vocabulary.Shared.Substitute(prefix[^1], random);
            }

            partials.Add(string.Join(' ', prefix));
        }

        return partials;
    }
}
