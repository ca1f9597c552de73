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
    /// <summary>Marks a character to delete in <see cref="Map"/>. U+FFFF itself maps to itself, so it is kept
    /// like any other letter: a character is deleted when it maps to this and is not this.</summary>
    private const char Deleted = '\uFFFF';

    /// <summary>Marks U+0130 in <see cref="Map"/>: its lower case is two characters (see <see cref="WriteSpecial"/>).</summary>
    private const char Expands = '\uFFFE';

    /// <summary>Every UTF-16 code unit's normalised form (whitespace as ' '), computed once: one lookup per
    /// character instead of a category lookup and a case mapping (this is the hot loop of <c>metrics</c>).</summary>
    private static readonly char[] Map = BuildMap();

    public static StandardTextNormalizer Instance { get; } = new();

    public string Name => "standard";

    public string Identity => Name + "/1";

    public int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (destination.Length < text.Length)
        {
            return -1; // the output is never longer, but for U+0130 (see WriteSpecial), checked where it is written
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
            while (i < stop)
            {
                var c = text[i];
                var mapped = map[c];
                if (mapped == Expands || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                {
                    var length = char.IsHighSurrogate(c) ? 2 : 1;
                    if (!WriteSpecial(text.Slice(i, length), destination, ref written, ref afterSpace))
                    {
                        return -1;
                    }

                    i += length;
                    continue;
                }

                i++;
                if ((mapped == Deleted && c != Deleted) || (mapped == ' ' && afterSpace))
                {
                    continue;
                }

                if (written == destination.Length)
                {
                    return -1; // only after a U+0130 made the text longer
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
        if (start + width >= text.Length || destination.Length < width)
        {
            return false; // the chunk and the character after it must exist (see doubled spaces), and fit
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

    /// <summary>
    /// The characters the one-to-one table cannot hold, as Python's <c>str.lower()</c> treats them: a surrogate pair
    /// (a character beyond U+FFFF: its category and lower case come from the pair), and U+0130 (capital I with dot
    /// above), the one character whose lower case is two characters ("i" and U+0307).
    /// </summary>
    private static bool WriteSpecial(ReadOnlySpan<char> character, Span<char> destination, ref int written, ref bool afterSpace)
    {
        var text = character.ToString();
        if (IsPunctuation(CharUnicodeInfo.GetUnicodeCategory(text, 0)))
        {
            return true;
        }

        var lower = text == "\u0130" ? "i\u0307" : text.ToLowerInvariant();
        if (written + lower.Length > destination.Length)
        {
            return false;
        }

        lower.AsSpan().CopyTo(destination.Slice(written));
        written += lower.Length;
        afterSpace = false;
        return true;
    }

    private static char[] BuildMap()
    {
        var map = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var character = (char)c;
            map[c] = c == '\u0130' ? Expands
                : IsPunctuation(CharUnicodeInfo.GetUnicodeCategory(character)) ? Deleted
                : IsWhiteSpace(character) ? ' '
                : char.IsSurrogate(character) ? character
                : char.ToLowerInvariant(character);
        }

        return map;
    }

    /// <summary>Whitespace as Python's <c>str.split()</c> sees it: .NET's, and the information separators U+001C..U+001F.</summary>
    internal static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    private static bool IsPunctuation(UnicodeCategory category) =>
        category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;
}
