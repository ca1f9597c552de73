namespace ReleaseGates.Parquet.Chunks;

/// <summary>Decompresses a page a part at a time, into a <see cref="PageWindow"/>'s buffer.</summary>
internal interface IPageDecoder
{
    /// <summary>The room a decoder needs to make progress: Snappy's largest copy, and the 16 bytes it writes past it.</summary>
    const int MinRoom = 80;

    /// <summary>The page's uncompressed size.</summary>
    int Length { get; }

    /// <summary>
    /// Decodes the page's next bytes into <paramref name="window"/> from <paramref name="end"/>, as many as there is room
    /// for (and the page has), and returns where they end; the bytes before <paramref name="end"/> are the last ones
    /// decoded, which a codec that reaches back (Snappy) reads.
    /// </summary>
    /// <exception cref="InvalidDataException">The page is corrupt.</exception>
    /// <exception cref="HistoryDroppedException">The page reaches back further than the window kept.</exception>
    int Decode(Span<byte> window, int end);

    /// <summary>Goes back to the page's first byte.</summary>
    void Restart();
}

/// <summary>A page reaches back to bytes its window no longer holds: it is decoded again, whole.</summary>
internal sealed class HistoryDroppedException : Exception
{
}
