using System.Text;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;
using static ReleaseGates.Engine.Tests.Utterances.UtteranceCorpus;

namespace ReleaseGates.Engine.Tests.Utterances;

/// <summary>A merged shard is emptied and reused for a later piece: nothing of the piece it held before may show
/// through in the next — not a value, a measure's kind, a slice, a group, an id or an error.</summary>
public sealed class OrderedShardMergeTests
{
    private static readonly string[] Files = ["a.jsonl", "b.jsonl", "c.jsonl"];

    [Fact]
    public void A_reused_shard_carries_nothing_of_the_piece_it_held_before()
    {
        var merge = new OrderedShardMerge(Files, new UtteranceSet(Files, 4), 3);
        var first = Fill(merge, 0, Line(new { id = "a1", reference = "one two", hypothesis = "one two", first_partial_ms = 120, slices = new[] { "tenant:x" }, group = "call-1", measures = new { cost = 0.5, handoff = true } }));
        merge.Complete(0, first);

        var second = Fill(merge, 1, Line(new { id = "b1", reference = "three", hypothesis = "four" }));
        merge.Complete(1, second);
        var set = merge.Result();

        Assert.Same(first, second);
        Assert.Equal(2, set.Count);
        Assert.Equal(["a1", "b1"], Enumerable.Range(0, set.Count).Select(set.Ids.GetString));
        Assert.Equal((1, 1), (set.Records[1].FileIndex, set.Records[1].Line));
        Assert.Equal(1, set.Records[1].Score.Edits);
        Assert.Empty(set.SlicesOf(set.Records[1]).ToArray());
        Assert.Equal(-1, set.Records[1].Group);
        Assert.True(double.IsNaN(set.Fields.Values(NumberFields.FirstPartialMs)[1]));
        Assert.True(set.Fields.TryFind("cost"u8, out var cost));
        Assert.Equal([0.5, double.NaN], set.Fields.Values(cost).Take(2));
    }

    [Fact]
    public void A_measure_of_another_kind_in_a_reused_shard_is_still_an_error_where_it_is()
    {
        var merge = new OrderedShardMerge(Files, new UtteranceSet(Files, 4), 3);
        merge.Complete(0, Fill(merge, 0, Line(new { id = "a1", reference = "x", hypothesis = "x", measures = new { handoff = true } })));
        merge.Complete(1, Fill(merge, 1, Line(new { id = "b1", reference = "x", hypothesis = "x" })));
        merge.Complete(2, Fill(merge, 2, Line(new { id = "c1", reference = "x", hypothesis = "x", measures = new { handoff = 3.5 } })));

        var error = Assert.Single(Assert.Throws<InvalidInputException>(merge.Result).Errors);

        Assert.Equal(("c.jsonl", 1), (error.FilePath, error.Position.Line));
        Assert.Contains("a.jsonl line 1", error.Message, StringComparison.Ordinal);
    }

    private static UtteranceShard Fill(OrderedShardMerge merge, int file, string line)
    {
        var shard = merge.ShardFor(new FilePiece(file, 0, long.MaxValue, 0, 1), keepDigests: false);
        var parser = new UtteranceLineParser(new UtteranceBuilder(StandardTextNormalizer.Instance, false), UtteranceFormat.Lines);
        parser.Parse(Encoding.UTF8.GetBytes(line), Files[file], 1, shard);
        return shard;
    }
}
