using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ReleaseGates.Parquet.Chunks;

namespace ReleaseGates.Engine.Benchmarks;

/// <summary>
/// <c>-- snappy FILE.jsonl [FIELD]</c>: how fast the reader's own Snappy decoder decompresses a string column's pages,
/// against Snappier (which decodes only whole blocks) on the same bytes. The pages are made from the file's
/// <c>reference</c>, <c>hypothesis</c> or <c>partials</c> texts as a PLAIN page holds them (each text's length in four
/// bytes, then its UTF-8), 1 MiB a page, compressed by Snappier; ours reads them as the reader does, 64 KiB of input at a
/// time through a <see cref="PageWindow"/> of 1 MiB, a value at a time (as <c>StreamedPage.Next</c> takes them). Eleven rounds, each decoding every page once.
/// </summary>
internal static class SnappyThroughput
{
    private const int PageBytes = 1 << 20;

    public static int Run(string file, string field)
    {
        var pages = Pages(file, field, lines: 200_000);
        var total = pages.Sum(page => (long)page.Length);
        Console.WriteLine($"{field}: {pages.Count} pages, {total / 1e6:F1} MB of text, {pages.Sum(page => (long)page.Compressed.Length) / 1e6:F1} MB compressed");
        var output = new byte[PageBytes];
        var window = new PageWindow();
        var input = new PageInput();
        var decoder = new SnappyDecoder();
        var (ours, snappier) = (new List<double>(), new List<double>());
        for (var round = 0; round < 11; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var page in pages)
            {
                Snappier.Snappy.Decompress(page.Compressed, output);
            }

            snappier.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            foreach (var page in pages)
            {
                ReadValues(page, input, decoder, window);
            }

            ours.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"ours: {Throughput(total, ours)}; Snappier: {Throughput(total, snappier)}");
        return 0;
    }

    /// <summary>The page's values taken one after the other, as <c>StringColumn</c> takes them.</summary>
    private static void ReadValues(Page page, PageInput input, SnappyDecoder decoder, PageWindow window)
    {
        var compressed = page.Compressed;
        input.Start((offset, into) => Copy(compressed, offset, into), 0, compressed.Length);
        decoder.Start(input);
        window.Start(decoder);
        for (var offset = 0; offset < page.Length;)
        {
            if (!window.TryTakeDecoded(offset, out var value))
            {
                value = window.Take(offset + 4, BitConverter.ToInt32(window.Take(offset, 4)));
            }

            offset += 4 + value.Length;
        }
    }

    private static int Copy(byte[] bytes, long offset, Span<byte> into)
    {
        var count = (int)Math.Min(into.Length, bytes.Length - offset);
        bytes.AsSpan((int)offset, count).CopyTo(into);
        return count;
    }

    private static string Throughput(long bytes, List<double> milliseconds)
    {
        milliseconds.Sort();
        return $"median {bytes / milliseconds[milliseconds.Count / 2] / 1e3:F0} MB/s (fastest {bytes / milliseconds[0] / 1e3:F0} MB/s)";
    }

    private static List<Page> Pages(string file, string field, int lines)
    {
        var pages = new List<Page>();
        var page = new MemoryStream();
        foreach (var line in File.ReadLines(file).Take(lines))
        {
            // Timeouts are written as Infinity, which JsonDocument does not read; no text holds the word.
            using var document = JsonDocument.Parse(line.Replace("Infinity", "0", StringComparison.Ordinal));
            if (!document.RootElement.TryGetProperty(field, out var value))
            {
                continue;
            }

            var texts = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(item => item.GetString()) : [value.GetString()];
            foreach (var text in texts.OfType<string>())
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                if (page.Length + 4 + bytes.Length > PageBytes)
                {
                    pages.Add(Page.Of(page.ToArray()));
                    page.SetLength(0);
                }

                page.Write(BitConverter.GetBytes(bytes.Length));
                page.Write(bytes);
            }
        }

        if (page.Length > 0)
        {
            pages.Add(Page.Of(page.ToArray()));
        }

        return pages;
    }

    private sealed record Page(byte[] Compressed, int Length)
    {
        public static Page Of(byte[] plain) => new(Snappier.Snappy.CompressToArray(plain), plain.Length);
    }
}
