using System;

namespace ReleaseGates.Engine.Metrics;

/// <summary><c>--normalizer none</c>: the text is scored as given; words are still split on whitespace.</summary>
public sealed class VerbatimTextNormalizer : ITextNormalizer
{
    public static VerbatimTextNormalizer Instance { get; } = new();

    public string Name => "none";

    public int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (!text.TryCopyTo(destination))
        {
            return -1;
        }

        return text.Length;
    }
}
