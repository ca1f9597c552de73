using Microsoft.CodeAnalysis.Text;

namespace ReleaseGates.Analyzers.Common;

/// <summary>Whether a source text contains a word, read in chunks without making a string of the whole text.</summary>
internal static class SourceTextSearch
{
    private const int ChunkLength = 8192;

    [ThreadStatic]
    private static char[]? _buffer;

    public static bool Contains(SourceText text, string value)
    {
        if (value.Length == 0 || text.Length < value.Length)
        {
            return value.Length == 0;
        }

        // Asked of every tree at compilation start: one buffer per thread, not one per tree and word.
        var buffer = _buffer is { } kept && kept.Length >= ChunkLength + value.Length ? kept : _buffer = new char[ChunkLength + Math.Max(value.Length, 64)];
        for (var start = 0; start < text.Length; start += ChunkLength)
        {
            // Each chunk overlaps the next by the word's length less one, so a word across the boundary is found.
            var count = Math.Min(ChunkLength + value.Length - 1, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            if (buffer.AsSpan(0, count).IndexOf(value.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
