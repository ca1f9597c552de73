using System.IO.Compression;
using Parquet.Meta;
using ZstdSharp;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>A page decompressed by a stream of its codec (gzip, zstd), or an uncompressed page copied, a part at a time,
/// from the file. The stream keeps the history its codec reaches back into.</summary>
internal sealed class StreamDecoder(CompressionCodec codec, PageSource read, long start, long compressedLength, int length) : IPageDecoder, IDisposable
{
    private Stream _stream = Open(codec, read, start, compressedLength);
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
        (_stream, _produced) = (Open(codec, read, start, compressedLength), 0);
    }

    public void Dispose() => _stream.Dispose();

    private static Stream Open(CompressionCodec codec, PageSource read, long start, long length)
    {
        var compressed = new RegionStream(read, start, length);
        return codec switch
        {
            CompressionCodec.UNCOMPRESSED => compressed,
            CompressionCodec.GZIP => new GZipStream(compressed, CompressionMode.Decompress),
            CompressionCodec.ZSTD => new DecompressionStream(compressed),
            _ => throw new NotSupportedException($"{codec} is not decompressed here"),
        };
    }
}
