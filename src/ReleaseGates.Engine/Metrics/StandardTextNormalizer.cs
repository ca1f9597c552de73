using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

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
        var i = 0;
        while (i < text.Length)
        {
            if (Vector.IsHardwareAccelerated && TryCopyPlainChunk(text, i, destination.Slice(written), ref afterSpace))
            {
                i += Vector<ushort>.Count;
                written += Vector<ushort>.Count;
                continue;
            }

            // One character at a time, up to where the next chunk may be plain again.
            var stop = Math.Min(text.Length, i + Vector<ushort>.Count);
            for (; i < stop; i++)
            {
                var mapped = map[text[i]];
                if (mapped == Deleted || (mapped == ' ' && afterSpace))
                {
                    continue;
                }

                destination[written++] = mapped;
                afterSpace = mapped == ' ';
            }
        }

        return written > 0 && afterSpace ? written - 1 : written;
    }

    /// <summary>
    /// The common case, a vector at a time: a chunk of only ASCII letters, digits and single spaces needs
    /// nothing but lower-casing, so it is lower-cased and copied whole. Anything else (punctuation, other
    /// characters, a space that would be leading or doubled) is left to the character loop.
    /// </summary>
    private static bool TryCopyPlainChunk(ReadOnlySpan<char> text, int start, Span<char> destination, ref bool afterSpace)
    {
        var width = Vector<ushort>.Count;
        if (start + width >= text.Length)
        {
            return false; // the chunk and the character after it must exist (see doubled spaces)
        }

        var source = MemoryMarshal.AsBytes(text.Slice(start));
        var chunk = MemoryMarshal.Read<Vector<ushort>>(source);
        var following = MemoryMarshal.Read<Vector<ushort>>(source.Slice(sizeof(char)));
        var space = new Vector<ushort>(' ');
        var folded = chunk | space; // 'A'-'Z' | 0x20 is 'a'-'z'; digits and space are unchanged
        var isLetter = Vector.GreaterThanOrEqual(folded, new Vector<ushort>('a')) & Vector.LessThanOrEqual(folded, new Vector<ushort>('z'));
        var isDigit = Vector.GreaterThanOrEqual(chunk, new Vector<ushort>('0')) & Vector.LessThanOrEqual(chunk, new Vector<ushort>('9'));
        var isSpace = Vector.Equals(chunk, space);
        if (!Vector.EqualsAll(isLetter | isDigit | isSpace, new Vector<ushort>(ushort.MaxValue))
            || !Vector.EqualsAll(isSpace & Vector.Equals(following, space), Vector<ushort>.Zero)
            || (afterSpace && text[start] == ' '))
        {
            return false;
        }

        var lowered = Vector.ConditionalSelect(isLetter, folded, chunk);
        MemoryMarshal.Write(MemoryMarshal.AsBytes(destination), ref lowered);
        afterSpace = text[start + width - 1] == ' ';
        return true;
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
