using System;
using System.Globalization;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// The contract's normalisation: lower-case (invariant culture, one character to one), punctuation removed
/// (every character of a Unicode punctuation category, Pc Pd Ps Pe Pi Pf Po, is deleted, so "don't" is
/// "dont" and "start-up" is "startup"), whitespace collapsed (any run of whitespace is one space).
/// Symbols such as "$" or "+" are not punctuation in Unicode and are kept. Characters outside the Basic
/// Multilingual Plane (surrogate pairs, e.g. emoji) are kept as they are.
/// </summary>
public sealed class StandardTextNormalizer : ITextNormalizer
{
    /// <summary>Marks a character to delete in <see cref="Map"/>; U+FFFF is a noncharacter, never in text.</summary>
    private const char Deleted = '\uFFFF';

    /// <summary>Every UTF-16 code unit's normalised form (whitespace as ' '), computed once: one lookup per
    /// character instead of a category lookup and a case mapping (this is the hot loop of <c>metrics</c>).</summary>
    private static readonly char[] Map = BuildMap();

    public static StandardTextNormalizer Instance { get; } = new();

    public string Name => "standard";

    public int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (destination.Length < text.Length)
        {
            return -1;
        }

        var map = Map;
        var written = 0;
        var afterSpace = true; // at the start, a space would be leading: drop it
        for (var i = 0; i < text.Length; i++)
        {
            var mapped = map[text[i]];
            if (mapped == Deleted || (mapped == ' ' && afterSpace))
            {
                continue;
            }

            destination[written++] = mapped;
            afterSpace = mapped == ' ';
        }

        return written > 0 && afterSpace ? written - 1 : written;
    }

    private static char[] BuildMap()
    {
        var map = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var character = (char)c;
            map[c] = c == Deleted || IsPunctuation(CharUnicodeInfo.GetUnicodeCategory(character)) ? Deleted
                : char.IsWhiteSpace(character) ? ' '
                : char.IsSurrogate(character) ? character
                : char.ToLowerInvariant(character);
        }

        return map;
    }

    private static bool IsPunctuation(UnicodeCategory category) =>
        category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;
}
