using System.Text;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Tests.Utterances;

public sealed class Utf8KeyTableTests
{
    [Theory]
    [InlineData(1)] // grown from its smallest index many times
    [InlineData(96)] // three quarters of the smallest index: the next key grows it
    [InlineData(100_000)] // made room for all at first
    public void Every_key_is_found_under_its_number_however_often_the_index_grew(int capacity)
    {
        var table = new Utf8KeyTable(capacity, 16);
        var keys = Enumerable.Range(0, 50_000).Select(i => Encoding.UTF8.GetBytes($"utt-{i * 7919 % 1_000_003:00000000}")).ToList();

        Assert.All(keys.Select((key, i) => (key, i)), k => Assert.True(table.Add(k.key, out var index) && index == k.i));
        Assert.All(keys.Select((key, i) => (key, i)), k => Assert.True(table.TryFind(k.key, out var index) && index == k.i));
        Assert.All(keys.Select((key, i) => (key, i)), k => Assert.True(!table.Add(k.key, out var index) && index == k.i));
        Assert.False(table.TryFind("utt-absent"u8, out _));
        Assert.Equal(keys.Count, table.Count);
    }

    [Fact]
    public void A_range_is_added_up_to_the_first_key_already_present()
    {
        var table = new Utf8KeyTable(4, 16);
        var first = new Utf8KeyList(4, 16);
        var second = new Utf8KeyList(4, 16);
        foreach (var id in new[] { "a", "b", "c" })
        {
            first.Add(Encoding.UTF8.GetBytes(id));
        }

        foreach (var id in new[] { "d", "e", "b", "f" })
        {
            second.Add(Encoding.UTF8.GetBytes(id));
        }

        Assert.True(table.TryAddRange(first, out _, out _));
        Assert.False(table.TryAddRange(second, out var duplicate, out var existing));
        Assert.Equal((2, 1), (duplicate, existing)); // "b", the range's third key, is key 1
        Assert.Equal(["a", "b", "c", "d", "e"], Enumerable.Range(0, table.Count).Select(table.GetString));
    }
}
