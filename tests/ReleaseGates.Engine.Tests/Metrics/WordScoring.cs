using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Tests.Metrics;

/// <summary>Scores texts the way a line's texts are scored, for tests of one metric at a time.</summary>
internal static class WordScoring
{
    public static TextScore Score(string reference, string hypothesis, string[]? entities = null, string[]? partials = null, ITextNormalizer? normalizer = null)
    {
        var scorer = new UtteranceScorer(normalizer ?? StandardTextNormalizer.Instance);
        scorer.Reset();
        scorer.Add(TextKind.Reference, reference);
        scorer.Add(TextKind.Hypothesis, hypothesis);
        foreach (var entity in entities ?? [])
        {
            scorer.Add(TextKind.Entity, entity);
        }

        if (partials is not null)
        {
            scorer.BeginPartials();
            foreach (var partial in partials)
            {
                scorer.Add(TextKind.Partial, partial);
            }
        }

        scorer.Score(out var score);
        return score;
    }

    public static int Edits(string reference, string hypothesis) => Score(reference, hypothesis).Edits;

    public static string Normalize(ITextNormalizer normalizer, string text)
    {
        var destination = new char[text.Length];
        int length;
        while ((length = normalizer.Normalize(text, destination)) < 0)
        {
            destination = new char[(destination.Length * 2) + 1];
        }

        return new string(destination, 0, length);
    }
}
