using System.Numerics;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// The fast path of a normaliser that treats each character on its own (the standard normaliser and
/// <c>none</c>), for UTF-8 text that is plain ASCII: it normalises the bytes as they are, with no
/// decoding to UTF-16. Its table is what the normaliser itself makes of each ASCII character, so it
/// gives the very bytes of the normaliser's output; on the first byte that is not ASCII it gives up and
/// the caller takes the normaliser's own path. Runs of letters, digits and single spaces, the bulk of
/// transcripts, are copied many bytes at a time (<see cref="PlainAscii"/>).
/// </summary>
internal sealed class AsciiTextNormalizer
{
    /// <summary>Marks a deleted character in <see cref="_map"/>: not an ASCII value, so no character maps to it.</summary>
    private const byte Deleted = 0x80;

    private static readonly AsciiTextNormalizer Standard = new(StandardTextNormalizer.Instance);
    private static readonly AsciiTextNormalizer Verbatim = new(VerbatimTextNormalizer.Instance);

    /// <summary>Each ASCII character's normalised form: itself or its lower case, <c>' '</c> for whitespace, or <see cref="Deleted"/>.</summary>
    private readonly byte[] _map = new byte[128];

    /// <summary>Whether the normaliser maps ASCII letters to lower case (else it keeps them).</summary>
    private readonly bool _lowerCases;

    /// <summary>Whether letters, digits and the space map as <see cref="PlainAscii"/> copies them, so that it may be used.</summary>
    private readonly bool _plainCopies;

    private AsciiTextNormalizer(ITextNormalizer normalizer)
    {
        var probe = new char[3];
        var output = new char[8];
        for (var c = 0; c < _map.Length; c++)
        {
            // Between two letters, a character shows what it becomes: kept (as itself or another), a space, or gone.
            probe[0] = probe[2] = 'a';
            probe[1] = (char)c;
            var length = normalizer.Normalize(probe, output);
            _map[c] = length switch
            {
                2 => Deleted,
                3 when output[1] < 128 => (byte)output[1],
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
    public static AsciiTextNormalizer? For(ITextNormalizer normalizer) => normalizer switch
    {
        StandardTextNormalizer => Standard,
        VerbatimTextNormalizer => Verbatim,
        _ => null,
    };

    /// <summary>Writes the normalised form of the UTF-8 <paramref name="text"/>, as <see cref="ITextNormalizer.Normalize"/> would.</summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">At least as long as <paramref name="text"/>: ASCII text never grows.</param>
    /// <param name="words">The number of words written.</param>
    /// <returns>The number of bytes written, or -1 when <paramref name="text"/> is not plain ASCII.</returns>
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
                    if (b >= 128)
                    {
                        return -1;
                    }

                    var mapped = map[b];
                    if (mapped == Deleted || (mapped == ' ' && afterSpace))
                    {
                        continue;
                    }

                    destination[written++] = mapped;
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
}
