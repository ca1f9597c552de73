using Microsoft.CodeAnalysis.Text;

namespace ReleaseGates.Analyzers.Common;

/// <summary>Whether a source text contains a word, read in chunks without making a string of the whole text.</summary>
internal static class SourceTextSearch
{
    private const int ChunkLength = 8192;

    public static bool Contains(SourceText text, string value)
    {
        if (value.Length == 0 || text.Length < value.Length)
        {
            return value.Length == 0;
        }

        var buffer = new char[ChunkLength + value.Length];
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
