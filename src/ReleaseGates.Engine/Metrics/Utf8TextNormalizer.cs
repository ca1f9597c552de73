using System.Numerics;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// The fast path of a normaliser that treats each character on its own (the standard normaliser and
/// <c>none</c>), for UTF-8 text: it normalises the bytes as they are, with no decoding to UTF-16. Its tables are
/// what the normaliser itself makes of each character, so it gives the very bytes of the normaliser's output. A
/// character of the Basic Multilingual Plane (one to three bytes) is taken; on anything else (a character beyond it,
/// a byte that is not UTF-8, U+0130 whose lower case is two characters, a text that would not fit) it gives up and
/// the caller takes the normaliser's own path. Runs of ASCII letters, digits and single spaces, the bulk of
/// transcripts, are copied many bytes at a time (<see cref="PlainAscii"/>).
/// </summary>
internal sealed class Utf8TextNormalizer
{
    /// <summary>Marks a deleted character in <see cref="_map"/>: not an ASCII value, so no character maps to it.</summary>
    private const byte Deleted = 0x80;

    /// <summary>In <see cref="_wide"/>: the character is deleted.</summary>
    private const int WideDeleted = -1;

    /// <summary>In <see cref="_wide"/>: the character's normal form is not one character; the caller normalises the text.</summary>
    private const int WideDeclined = -2;

    private static readonly Utf8TextNormalizer Standard = new(StandardTextNormalizer.Instance);
    private static readonly Utf8TextNormalizer Verbatim = new(VerbatimTextNormalizer.Instance);

    /// <summary>Each ASCII character's normalised form: itself or its lower case, <c>' '</c> for whitespace, or <see cref="Deleted"/>.</summary>
    private readonly byte[] _map = new byte[128];

    private readonly ITextNormalizer _normalizer;

    /// <summary>Every character of the Basic Multilingual Plane's normalised form (a character, <see cref="WideDeleted"/> or
    /// <see cref="WideDeclined"/>), made the first time a text has one beyond ASCII.</summary>
    private int[]? _wide;

    /// <summary>Whether the normaliser maps ASCII letters to lower case (else it keeps them).</summary>
    private readonly bool _lowerCases;

    /// <summary>Whether letters, digits and the space map as <see cref="PlainAscii"/> copies them, so that it may be used.</summary>
    private readonly bool _plainCopies;

    private Utf8TextNormalizer(ITextNormalizer normalizer)
    {
        _normalizer = normalizer;
        for (var c = 0; c < _map.Length; c++)
        {
            _map[c] = Probe(normalizer, (char)c) switch
            {
                WideDeleted => Deleted,
                >= 0 and < 128 and var mapped => (byte)mapped,
                _ => throw new InvalidOperationException($"The {normalizer.Name} normaliser does not map U+{c:X4} to one ASCII character, a space or nothing."),
            };
        }

        _lowerCases = _map['A'] == 'a';
        _plainCopies = _map[' '] == ' ';
        for (var c = 0; c < _map.Length; c++)
        {
            var letter = c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';
            if (letter || c is >= '0' and <= '9')
            {
                _plainCopies &= _map[c] == (letter && _lowerCases ? c | 0x20 : c);
            }
        }
    }

    /// <summary>The fast path of <paramref name="normalizer"/>, or null when it has none (a normaliser of a team's own).</summary>
    public static Utf8TextNormalizer? For(ITextNormalizer normalizer) => normalizer switch
    {
        StandardTextNormalizer => Standard,
        VerbatimTextNormalizer => Verbatim,
        _ => null,
    };

    /// <summary>Writes the normalised form of the UTF-8 <paramref name="text"/>, as <see cref="ITextNormalizer.Normalize"/> would.</summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">At least as long as <paramref name="text"/>: the output is never longer (a text where a
    /// lower case longer in UTF-8 than its capital would make it so, U+023A or U+023E, is the caller's).</param>
    /// <param name="words">The number of words written.</param>
    /// <returns>The number of bytes written, or -1 when this path does not take <paramref name="text"/> (see the class).</returns>
    public int Normalize(ReadOnlySpan<byte> text, Span<byte> destination, out int words)
    {
        var map = _map;
        var copy = new PlainAscii(_lowerCases);
        var vectors = _plainCopies && Vector.IsHardwareAccelerated;
        var written = 0;
        var afterSpace = true; // at the start, a space would be leading: drop it
        var i = 0;
        words = 0;
        while (i < text.Length)
        {
            if (vectors && copy.TryCopyVector(text, i, destination.Slice(written), ref afterSpace))
            {
                i += Vector<byte>.Count;
                written += Vector<byte>.Count;
                continue;
            }

            // Eight bytes at a time, or one at a time where they are not plain, up to where a vector may be plain again.
            var stop = Math.Min(text.Length, i + Vector<byte>.Count);
            while (i < stop)
            {
                if (_plainCopies && i + sizeof(ulong) <= text.Length && copy.TryCopyEight(text, i, destination.Slice(written), ref afterSpace))
                {
                    i += sizeof(ulong);
                    written += sizeof(ulong);
                    continue;
                }

                for (var end = Math.Min(stop, i + sizeof(ulong)); i < end; i++)
                {
                    var b = text[i];
                    int mapped;
                    if (b < 128)
                    {
                        mapped = map[b];
                        if (mapped == Deleted)
                        {
                            continue;
                        }
                    }
                    else
                    {
                        var length = Utf8Scalars.Decode(text.Slice(i), out var c);
                        mapped = length == 0 ? WideDeclined : (_wide ??= WideMap())[c];
                        if (mapped == WideDeclined)
                        {
                            return -1;
                        }

                        i += length - 1;
                        if (mapped == WideDeleted)
                        {
                            continue;
                        }

                        if (mapped >= 128)
                        {
                            // The output never gets ahead of the bytes read (so it fits, and the copies ahead have
                            // room): a lower case longer in UTF-8 than its capital needs a byte dropped before it.
                            if (written + GeneralizedUtf8.UnitBytes(mapped) > i + 1)
                            {
                                return -1;
                            }

                            GeneralizedUtf8.EncodeUnit(mapped, destination, ref written);
                            afterSpace = false;
                            continue;
                        }
                    }

                    if (mapped == ' ' && afterSpace)
                    {
                        continue;
                    }

                    destination[written++] = (byte)mapped;
                    afterSpace = mapped == ' ';
                    copy.Spaces += afterSpace ? 1 : 0;
                }
            }
        }

        var spaces = copy.CountSpaces();
        if (written > 0 && afterSpace)
        {
            written--; // the trailing space
            spaces--;
        }

        words = written == 0 ? 0 : spaces + 1;
        return written;
    }

    /// <summary>What the normaliser makes of each character of the Basic Multilingual Plane, found as the ASCII table is.</summary>
    private int[] WideMap()
    {
        var wide = new int[char.MaxValue + 1];
        for (var c = 0; c < wide.Length; c++)
        {
            wide[c] = Probe(_normalizer, (char)c);
        }

        return wide;
    }

    /// <summary>What <paramref name="normalizer"/> makes of <paramref name="c"/> between two letters: one character (a space
    /// for whitespace), <see cref="WideDeleted"/>, or <see cref="WideDeclined"/> for anything else.</summary>
    private static int Probe(ITextNormalizer normalizer, char c)
    {
        Span<char> output = stackalloc char[8];
        var length = normalizer.Normalize(['a', c, 'a'], output);
        return length == 2 && output[0] == 'a' && output[1] == 'a' ? WideDeleted
            : length == 3 && output[0] == 'a' && output[2] == 'a' && !char.IsSurrogate(output[1]) ? output[1]
            : WideDeclined;
    }
}
