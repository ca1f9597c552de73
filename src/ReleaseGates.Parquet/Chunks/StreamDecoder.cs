using System.IO.Compression;
using Parquet.Meta;
using ZstdSharp;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>A page decompressed by a stream of its codec (gzip, zstd), or an uncompressed page copied, a part at a time.
/// The stream keeps the history its codec reaches back into.</summary>
internal sealed class StreamDecoder(CompressionCodec codec, byte[] source, int offset, int compressedLength, int length) : IPageDecoder, IDisposable
{
    private Stream _stream = Open(codec, source, offset, compressedLength);
    private long _produced;

    public int Length => length;

    public int Decode(Span<byte> window, int end)
    {
        var room = (int)Math.Min(window.Length - end, length - _produced);
        var read = room == 0 ? 0 : _stream.ReadAtLeast(window.Slice(end, room), room, throwOnEndOfStream: false);
        _produced += read;
        return end + read;
    }

    public void Restart()
    {
        _stream.Dispose();
        (_stream, _produced) = (Open(codec, source, offset, compressedLength), 0);
    }

    public void Dispose() => _stream.Dispose();

    private static Stream Open(CompressionCodec codec, byte[] source, int offset, int length)
    {
        var compressed = new MemoryStream(source, offset, length, writable: false);
        return codec switch
        {
            CompressionCodec.UNCOMPRESSED => compressed,
            CompressionCodec.GZIP => new GZipStream(compressed, CompressionMode.Decompress),
            CompressionCodec.ZSTD => new DecompressionStream(compressed),
            _ => throw new NotSupportedException($"{codec} is not decompressed here"),
        };
    }
}
