using System.Text;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Tests.Utterances;

public sealed class IdOrderTests
{
    [Theory]
    [InlineData("utt-")]
    [InlineData("call-0001/turn-")]
    [InlineData("")]
    public void Ids_come_in_the_ordinal_order_of_their_utf8_bytes(string prefix)
    {
        var random = new Random(7);
        var ids = new List<string> { prefix, prefix + "\u00e9", prefix + "z", prefix + "0", prefix + "00000000", prefix + "000000000", prefix + "00000000\u0001" };
        for (var i = 0; i < 3000; i++)
        {
            // Many share their first 8 bytes after the prefix, so most of the order comes from whole comparisons.
            ids.Add(prefix + (random.Next(3) == 0 ? $"{random.Next(100):00000000}-{random.Next(1_000_000)}" : $"{random.Next(1_000_000)}"));
        }

        var table = new Utf8KeyTable();
        foreach (var id in ids.Distinct())
        {
            table.Add(Encoding.UTF8.GetBytes(id), out _);
        }

        var expected = Enumerable.Range(0, table.Count).OrderBy(i => table[i].ToArray(), new BytesOrdinal()).ToArray();

        Assert.Equal(expected, IdOrder.Of(table));
    }

    [Fact]
    public void Ids_already_in_order_and_ids_in_order_but_for_their_ends_are_ordered()
    {
        // In order, as many evaluation jobs write them; then in order by their first 8 bytes after the shared prefix
        // but not by their ends, which only the whole comparison of tied keys puts right.
        string[] inOrder = [.. Enumerable.Range(0, 2000).Select(i => $"utt-{i:00000000}")];
        string[] tiedEnds = [.. Enumerable.Range(0, 2000).Select(i => $"utt-{i / 10:00000000}-{9 - (i % 10)}")];

        foreach (var ids in new[] { inOrder, tiedEnds })
        {
            var table = new Utf8KeyTable();
            foreach (var id in ids)
            {
                table.Add(Encoding.UTF8.GetBytes(id), out _);
            }

            var expected = Enumerable.Range(0, table.Count).OrderBy(i => table[i].ToArray(), new BytesOrdinal()).ToArray();
            Assert.Equal(expected, IdOrder.Of(table));
        }
    }

    [Fact]
    public void No_ids_and_one_id_are_ordered()
    {
        var table = new Utf8KeyTable();
        Assert.Empty(IdOrder.Of(table));
        table.Add("only"u8, out _);
        Assert.Equal([0], IdOrder.Of(table));
    }

    private sealed class BytesOrdinal : IComparer<byte[]>
    {
        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
