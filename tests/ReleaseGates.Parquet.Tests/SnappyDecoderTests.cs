using System.Text;
using ReleaseGates.Parquet.Chunks;

namespace ReleaseGates.Parquet.Tests;

/// <summary>Our Snappy decoder, read through a <see cref="PageWindow"/> a part at a time, gives what Snappier gives for
/// the same compressed bytes, whatever the window's size and history; a copy reaching past the history decodes the page
/// again whole; a corrupt page is <see cref="InvalidDataException"/>, never a wrong text or a crash.</summary>
public sealed class SnappyDecoderTests
{
    [Theory]
    [InlineData(1 << 20, 1 << 16, PageInput.DefaultChunk)] // the reader's window and input: pages larger than it stream
    [InlineData(100, 1 << 16, 37)] // a window far smaller than the page, grown to the history; input read 37 bytes at a time
    [InlineData(100, 24, 1000)] // a history shorter than the copies reach: decoded whole
    [InlineData(4096, 2048, 5)]
    public void Pages_read_through_a_window_are_what_Snappier_decompresses(int capacity, int history, int inputChunk)
    {
        foreach (var page in Pages())
        {
            var compressed = Snappier.Snappy.CompressToArray(page);

            Assert.Equal(page, ReadThroughWindow(compressed, page.Length, new PageWindow(capacity, history), new Random(7), inputChunk));
        }
    }

    [Fact]
    public void A_copy_reaching_past_the_window_history_decodes_the_page_whole()
    {
        // 300 literal bytes, then a copy of 64 from 300 back: allowed by the format, never written by the writers we know.
        var literal = Enumerable.Range(0, 300).Select(i => (byte)(i * 7)).ToArray();
        byte[] compressed = [.. Varint(364), .. LongLiteral(literal), (64 - 1) << 2 | 2, 300 & 0xFF, 300 >> 8];
        var window = new PageWindow(capacity: 128, history: 32);

        var page = ReadThroughWindow(compressed, 364, window, new Random(1));

        Assert.Equal([.. literal, .. literal.AsSpan(0, 64)], page);
        Assert.Equal(1, window.DecodedWhole);
    }

    [Fact]
    public void Runs_that_repeat_their_last_bytes_are_copied_byte_by_byte()
    {
        // "ab", then a copy of 60 from 2 back: "abab...".
        byte[] compressed = [.. Varint(62), (2 - 1) << 2, (byte)'a', (byte)'b', (60 - 1) << 2 | 2, 2, 0];

        var page = ReadThroughWindow(compressed, 62, capacity: 100, history: 16, new Random(2));

        Assert.Equal(string.Concat(Enumerable.Repeat("ab", 31)), Encoding.ASCII.GetString(page));
    }

    [Theory]
    [InlineData(1 << 20)] // most elements decoded by the inner loop
    [InlineData(200)]
    public void Copies_from_every_distance_up_to_20_back_are_the_bytes_repeated(int capacity)
    {
        // Runs of a short pattern (Snappier writes a copy from the pattern's length back: 1-7 bytes back are copied a byte
        // at a time, 8-15 eight at a time, 16 and more sixteen), among texts, in a page large enough for the inner loop.
        var random = new Random(5);
        var page = new MemoryStream();
        for (var round = 0; round < 40; round++)
        {
            for (var period = 1; period <= 20; period++)
            {
                var pattern = Enumerable.Range(0, period).Select(_ => (byte)random.Next(256)).ToArray();
                var run = 5 + random.Next(70);
                page.Write(Enumerable.Range(0, run).Select(i => pattern[i % period]).ToArray());
                page.Write(Encoding.UTF8.GetBytes($" the refund for order {random.Next(100_000)} is okay "));
            }
        }

        var bytes = page.ToArray();
        var compressed = Snappier.Snappy.CompressToArray(bytes);

        Assert.Equal(bytes, ReadThroughWindow(compressed, bytes.Length, capacity, history: 1 << 16, new Random(6)));
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("copy from 0 back")]
    [InlineData("copy before the page")]
    [InlineData("longer than it says")]
    [InlineData("shorter than it says")]
    [InlineData("no length")]
    public void A_corrupt_page_is_invalid_data(string damage)
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("the quick brown fox jumps over the lazy dog ", 40)));
        var compressed = Snappier.Snappy.CompressToArray(text);
        var length = text.Length;
        switch (damage)
        {
            case "cut short":
                compressed = compressed[..^5];
                break;
            case "copy from 0 back":
                compressed = [.. Varint(10), (4 - 1) << 2, .. "abcd"u8, (6 - 1) << 2 | 2, 0, 0];
                length = 10;
                break;
            case "copy before the page":
                compressed = [.. Varint(10), (4 - 1) << 2, .. "abcd"u8, (6 - 1) << 2 | 2, 5, 0];
                length = 10;
                break;
            case "longer than it says":
                compressed = [.. Varint(6), (4 - 1) << 2, .. "abcd"u8, (6 - 1) << 2 | 2, 4, 0];
                length = 6;
                break;
            case "shorter than it says":
                compressed = [.. Varint(12), (4 - 1) << 2, .. "abcd"u8, (6 - 1) << 2 | 2, 4, 0];
                length = 12;
                break;
            default:
                compressed = [0xFF, 0xFF];
                break;
        }

        Assert.Throws<InvalidDataException>(() => ReadThroughWindow(compressed, length, capacity: 100, history: 64, new Random(3)));
    }

    [Fact]
    public void Bytes_flipped_anywhere_in_a_page_are_invalid_data_or_other_bytes_never_a_crash()
    {
        var random = new Random(20261207);
        var page = Pages().Last();
        var compressed = Snappier.Snappy.CompressToArray(page);
        var errors = 0;
        for (var run = 0; run < 300; run++)
        {
            var damaged = (byte[])compressed.Clone();
            damaged[random.Next(damaged.Length)] ^= (byte)(1 + random.Next(255));
            try
            {
                ReadThroughWindow(damaged, page.Length, capacity: 1000, history: 512, random);
            }
            catch (InvalidDataException)
            {
                errors++;
            }
        }

        Assert.InRange(errors, 1, 300);
    }

    /// <summary>Texts shaped like a string column's PLAIN page: each text's length in 4 bytes, then its UTF-8.</summary>
    private static IEnumerable<byte[]> Pages()
    {
        var random = new Random(11);
        string[] words = ["the", "call", "is", "about", "a", "refund", "for", "order", "number", "Zürich", "okay", "um", "...", "ACME", "Ünïcode", "42"];
        foreach (var texts in new[] { 0, 1, 30, 3_000 })
        {
            var page = new MemoryStream();
            for (var t = 0; t < texts; t++)
            {
                var text = Encoding.UTF8.GetBytes(string.Join(' ', Enumerable.Range(0, 1 + random.Next(40)).Select(_ => words[random.Next(words.Length)])));
                page.Write(BitConverter.GetBytes(text.Length));
                page.Write(text);
            }

            yield return page.ToArray();
        }
    }

    private static byte[] ReadThroughWindow(byte[] compressed, int length, int capacity, int history, Random random) =>
        ReadThroughWindow(compressed, length, new PageWindow(capacity, history), random);

    /// <summary>The page read front to back in takes of random sizes, each starting where the one before ended, from
    /// its compressed bytes read <paramref name="inputChunk"/> at a time.</summary>
    private static byte[] ReadThroughWindow(byte[] compressed, int length, PageWindow window, Random random, int inputChunk = 64)
    {
        var input = new PageInput(inputChunk);
        input.Start((offset, into) => CopyFrom(compressed, offset, into), 0, compressed.Length);
        var decoder = new SnappyDecoder();
        decoder.Start(input);
        if (decoder.Length != length)
        {
            throw new InvalidDataException($"says {decoder.Length}");
        }

        window.Start(decoder);
        var page = new List<byte>();
        while (page.Count < length)
        {
            page.AddRange(window.Take(page.Count, Math.Min(length - page.Count, random.Next(1, 700))).ToArray());
        }

        return [.. page];
    }

    private static int CopyFrom(byte[] bytes, long offset, Span<byte> into)
    {
        var count = (int)Math.Min(into.Length, bytes.Length - offset);
        bytes.AsSpan((int)offset, count).CopyTo(into);
        return count;
    }

    private static byte[] Varint(int value)
    {
        var bytes = new List<byte>();
        for (; value >= 0x80; value >>= 7)
        {
            bytes.Add((byte)(value | 0x80));
        }

        bytes.Add((byte)value);
        return [.. bytes];
    }

    /// <summary>A literal whose length is in the two bytes after its tag.</summary>
    private static byte[] LongLiteral(byte[] literal) => [61 << 2, .. BitConverter.GetBytes((ushort)(literal.Length - 1)), .. literal];
}
