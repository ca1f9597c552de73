using System;
using System.Globalization;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// The contract's normalisation: lower-case (invariant culture, one character to one), punctuation removed
/// (every character of a Unicode punctuation category, Pc Pd Ps Pe Pi Pf Po, is deleted, so "don't" is
/// "dont" and "start-up" is "startup"), whitespace collapsed (by the word split that follows).
/// Symbols such as "$" or "+" are not punctuation in Unicode and are kept.
/// </summary>
public sealed class StandardTextNormalizer : ITextNormalizer
{
    public static StandardTextNormalizer Instance { get; } = new();

    public string Name => "standard";

    public int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (destination.Length < text.Length)
        {
            return -1;
        }

        var written = 0;
        foreach (var c in text)
        {
            if (c < 128)
            {
                if (!IsAsciiPunctuation(c))
                {
                    destination[written++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                }
            }
            else if (!IsPunctuation(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                destination[written++] = char.ToLowerInvariant(c);
            }
        }

        return written;
    }

    private static bool IsAsciiPunctuation(char c) =>
        c is (>= '!' and <= '#') or (>= '%' and <= '*') or (>= ',' and <= '/') or ':' or ';' or '?' or '@'
            or (>= '[' and <= ']') or '_' or '{' or '}';

    private static bool IsPunctuation(UnicodeCategory category) =>
        category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;
}
