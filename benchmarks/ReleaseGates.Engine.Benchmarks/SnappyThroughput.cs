using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ReleaseGates.Parquet.Chunks;
using CompressionCodec = Parquet.Meta.CompressionCodec;

namespace ReleaseGates.Engine.Benchmarks;

/// <summary>
/// <c>-- snappy FILE.jsonl [FIELD]</c>: how fast the reader's own Snappy decoder decompresses a string column's pages,
/// against Snappier (which decodes only whole blocks) on the same bytes. The pages are made from the file's
/// <c>reference</c>, <c>hypothesis</c> or <c>partials</c> texts as a PLAIN page holds them (each text's length in four
/// bytes, then its UTF-8), 1 MiB a page, compressed by Snappier; ours reads them as the reader does, through a
/// <see cref="StreamedPage"/> (64 KiB of input at a time, a 1 MiB window), a value at a time. Eleven rounds, each
/// decoding every page once.
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
        var streamed = new StreamedPage(PageWindow.DefaultCapacity, PageWindow.DefaultHistory);
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
                ReadValues(page, streamed);
            }

            ours.Add(clock.Elapsed.TotalMilliseconds);
        }

        streamed.Return();
        Console.WriteLine($"ours: {Throughput(total, ours)}; Snappier: {Throughput(total, snappier)}");
        return 0;
    }

    /// <summary>The page's values taken one after the other, as a required string column's are.</summary>
    private static void ReadValues(Page page, StreamedPage streamed)
    {
        var compressed = page.Compressed;
        var header = new PageHeader(PageType.Data, page.Length, compressed.Length, page.Values, PageHeader.Plain, PageHeader.Rle, PageHeader.Rle, 0, 0, IsCompressed: true);
        streamed.Start(header, CompressionCodec.SNAPPY, (offset, into) => Copy(compressed, offset, into), 0, 0, default, 0, default);
        for (var value = 0; value < page.Values; value++)
        {
            _ = streamed.Next();
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
        var values = 0;
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
                    pages.Add(Page.Of(page.ToArray(), values));
                    (page.Position, values) = (0, 0);
                    page.SetLength(0);
                }

                page.Write(BitConverter.GetBytes(bytes.Length));
                page.Write(bytes);
                values++;
            }
        }

        if (page.Length > 0)
        {
            pages.Add(Page.Of(page.ToArray(), values));
        }

        return pages;
    }

    private sealed record Page(byte[] Compressed, int Length, int Values)
    {
        public static Page Of(byte[] plain, int values) => new(Snappier.Snappy.CompressToArray(plain), plain.Length, values);
    }
}
