using System.Buffers;
using System.IO.Compression;
using Parquet.Meta;
using ZstdSharp;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>The compression codecs whose pages <see cref="ColumnChunk"/> decompresses itself: the ones DuckDB, Spark,
/// pandas and Parquet.Net write unless told otherwise. A chunk in another codec is left to Parquet.Net.</summary>
internal static class PageCodec
{
    public static bool Supports(CompressionCodec codec) =>
        codec is CompressionCodec.UNCOMPRESSED or CompressionCodec.SNAPPY or CompressionCodec.GZIP or CompressionCodec.ZSTD;

    /// <summary>
    /// The most a page of <paramref name="compressedSize"/> bytes can decompress to in <paramref name="codec"/>, so that a
    /// corrupt header's size is refused before a buffer of that size is allocated: Snappy's densest element is a 3-byte
    /// copy of 64 bytes, Deflate's about 1,032 bytes to the byte. Zstandard has no such bound (a run block can repeat
    /// one byte 128 KiB times, and frames follow one another): its pages are taken at their header's word, as
    /// Parquet.Net takes them.
    /// </summary>
    public static long MaxUncompressed(CompressionCodec codec, int compressedSize) => codec switch
    {
        CompressionCodec.UNCOMPRESSED => compressedSize,
        CompressionCodec.SNAPPY => (compressedSize * 22L) + 32,
        CompressionCodec.GZIP => (compressedSize * 1032L) + 1024,
        _ => long.MaxValue,
    };

    /// <summary>Decompresses <paramref name="length"/> bytes of <paramref name="source"/> from
    /// <paramref name="offset"/> into all of <paramref name="target"/>, which is the page's uncompressed size.</summary>
    /// <exception cref="InvalidDataException">The bytes do not decompress to exactly <paramref name="target"/>'s length.</exception>
    public static void Decompress(CompressionCodec codec, byte[] source, int offset, int length, Memory<byte> target)
    {
        var compressed = source.AsSpan(offset, length);
        var written = codec switch
        {
            CompressionCodec.UNCOMPRESSED => Copy(compressed, target.Span),
            CompressionCodec.SNAPPY => Snappy(source.AsMemory(offset, length), target),
            CompressionCodec.GZIP => Gzip(source, offset, length, target.Span),
            CompressionCodec.ZSTD => Zstd(compressed, target.Span),
            _ => throw new NotSupportedException($"{codec} is not decompressed here"),
        };

        if (written != target.Length)
        {
            throw new InvalidDataException($"A {codec} page decompressed to {written} bytes where its header says {target.Length}.");
        }
    }

    private static int Copy(ReadOnlySpan<byte> source, Span<byte> target)
    {
        if (source.Length != target.Length)
        {
            return source.Length;
        }

        source.CopyTo(target);
        return source.Length;
    }

    private static int Snappy(ReadOnlyMemory<byte> source, Memory<byte> target)
    {
        // The length Snappy's own preamble gives is checked first: decompressing into a target too small throws
        // an exception that says less.
        var length = Snappier.Snappy.GetUncompressedLength(source.Span);
        if (length != target.Length)
        {
            return length;
        }

        // Through a buffer writer Snappier decompresses straight into the target; given a span, it decompresses into a
        // pooled buffer of the page's size, copies it over and clears it (a second page-sized buffer a core).
        var writer = new TargetWriter(target);
        Snappier.Snappy.Decompress(new ReadOnlySequence<byte>(source), writer);
        return writer.Written;
    }

    private static int Gzip(byte[] source, int offset, int length, Span<byte> target)
    {
        using var gzip = new GZipStream(new MemoryStream(source, offset, length, writable: false), CompressionMode.Decompress);
        var written = gzip.ReadAtLeast(target, target.Length, throwOnEndOfStream: false);
        return written == target.Length && gzip.ReadByte() >= 0 ? written + 1 : written;
    }

    private static int Zstd(ReadOnlySpan<byte> source, Span<byte> target)
    {
        using var zstd = new Decompressor();
        return zstd.Unwrap(source, target);
    }

    /// <summary>The page's buffer, handed out whole to a decompressor that asks for it once.</summary>
    private sealed class TargetWriter(Memory<byte> target) : IBufferWriter<byte>
    {
        public int Written { get; private set; }

        public Memory<byte> GetMemory(int sizeHint = 0) => sizeHint <= target.Length - Written
            ? target[Written..]
            : throw new InvalidDataException($"A page decompresses to more than the {target.Length} bytes its header says.");

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public void Advance(int count) => Written += count;
    }
}
