using System;

namespace ReleaseGates.Engine.Metrics;

/// <summary><c>--normalizer none</c>: the text is scored as given (case and punctuation count); words are
/// still split on whitespace.</summary>
public sealed class VerbatimTextNormalizer : ITextNormalizer
{
    public static VerbatimTextNormalizer Instance { get; } = new();

    public string Name => "none";

    public int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (destination.Length < text.Length)
        {
            return -1;
        }

        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = char.IsWhiteSpace(text[i]) ? ' ' : text[i];
        }

        return text.Length;
    }
}
