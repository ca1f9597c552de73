using ReleaseGates.Engine.Statistics;
using ReleaseGates.Engine.Tests.Utterances;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Tests.Statistics;

public sealed class CountLanesTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData(40)] // every count fits a byte
    [InlineData(300)] // a long utterance: the lanes are ints
    public void Each_pairs_counts_are_in_its_lanes_whatever_their_size(int words)
    {
        var longText = string.Join(' ', Enumerable.Repeat("word", words));
        _workspace.Write("b.jsonl", UtteranceCorpus.Lines(UtteranceCorpus.Utterance("a", "one two three", "one two"), UtteranceCorpus.Utterance("b", longText, longText)));
        _workspace.Write("c.jsonl", UtteranceCorpus.Lines(UtteranceCorpus.Utterance("b", longText, "word"), UtteranceCorpus.Utterance("a", "one two three", "one two three")));
        var baseline = UtteranceCorpus.Read(_workspace, "b.jsonl");
        var canary = UtteranceCorpus.Read(_workspace, "c.jsonl");
        var pairing = UtterancePairing.Pair(baseline, canary);

        var counts = CountLanes.Create(baseline, canary, pairing, [FigureSource.Edits, FigureSource.ReferenceWords]);

        Assert.Equal(words > byte.MaxValue, counts.Bytes is null);
        Assert.Equal(words, counts.Largest);
        int Lane(FigureSource source, int side, int pair) =>
            counts.Bytes?[(pair * counts.LaneCount) + counts.LaneOf(source, side)] ?? counts.Ints![(pair * counts.LaneCount) + counts.LaneOf(source, side)];
        Assert.Equal((1, 0, 3), (Lane(FigureSource.Edits, 0, 0), Lane(FigureSource.Edits, 1, 0), Lane(FigureSource.ReferenceWords, 1, 0)));
        Assert.Equal((0, words - 1, words), (Lane(FigureSource.Edits, 0, 1), Lane(FigureSource.Edits, 1, 1), Lane(FigureSource.ReferenceWords, 0, 1)));
        Assert.Equal(counts.LaneOf(FigureSource.ReferenceWords, 0), counts.LaneOf(FigureSource.ReferenceWords, 1)); // the same on both sides: one lane
    }
}
