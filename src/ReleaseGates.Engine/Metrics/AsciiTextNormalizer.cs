using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// The fast path of a normaliser that treats each character on its own (the standard normaliser and
/// <c>none</c>), for UTF-8 text that is plain ASCII: it normalises the bytes as they are, with no
/// decoding to UTF-16. Its table is what the normaliser itself makes of each ASCII character, so it
/// gives the very bytes of the normaliser's output; on the first byte that is not ASCII it gives up and
/// the caller takes the normaliser's own path.
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

    /// <summary>Whether letters, digits and the space map as the vector path assumes, so that it may be taken.</summary>
    private readonly bool _plainChunks;

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
        _plainChunks = Vector.IsHardwareAccelerated && _map[' '] == ' ';
        for (var c = 0; c < _map.Length; c++)
        {
            var letter = c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';
            if (letter || c is >= '0' and <= '9')
            {
                _plainChunks &= _map[c] == (letter && _lowerCases ? c | 0x20 : c);
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
        var written = 0;
        var spaces = 0;
        var chunkSpaces = Vector<byte>.Zero; // per lane, the spaces of the chunks copied whole (see Sum)
        var chunks = 0;
        var afterSpace = true; // at the start, a space would be leading: drop it
        var i = 0;
        words = 0;
        while (i < text.Length)
        {
            if (_plainChunks && TryCopyPlainChunk(text, i, destination.Slice(written), ref afterSpace, ref chunkSpaces))
            {
                i += Vector<byte>.Count;
                written += Vector<byte>.Count;
                if (++chunks == byte.MaxValue)
                {
                    spaces += Sum(chunkSpaces); // before a lane could pass byte.MaxValue
                    chunkSpaces = Vector<byte>.Zero;
                    chunks = 0;
                }

                continue;
            }

            // One byte at a time, up to where the next chunk may be plain again.
            var stop = Math.Min(text.Length, i + Vector<byte>.Count);
            for (; i < stop; i++)
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
                spaces += afterSpace ? 1 : 0;
            }
        }

        if (chunks > 0)
        {
            spaces += Sum(chunkSpaces);
        }

        if (written > 0 && afterSpace)
        {
            written--; // the trailing space
            spaces--;
        }

        words = written == 0 ? 0 : spaces + 1;
        return written;
    }

    /// <summary>
    /// The common case, a vector at a time: a chunk of only letters, digits and single spaces needs nothing but
    /// (for the standard normaliser) lower-casing, so it is copied whole. Anything else (punctuation, a byte that
    /// is not ASCII, a space that would be leading or doubled) is left to the byte loop.
    /// </summary>
    /// <param name="spaces">Counts, per lane, the spaces copied (an equal lane is all ones: subtracting it adds one).</param>
    private bool TryCopyPlainChunk(ReadOnlySpan<byte> text, int start, Span<byte> destination, ref bool afterSpace, ref Vector<byte> spaces)
    {
        var width = Vector<byte>.Count;
        if (start + width >= text.Length)
        {
            return false; // the chunk and the byte after it must exist (see doubled spaces)
        }

        var chunk = MemoryMarshal.Read<Vector<byte>>(text.Slice(start));
        var following = MemoryMarshal.Read<Vector<byte>>(text.Slice(start + 1));
        var space = new Vector<byte>((byte)' ');
        var folded = chunk | space; // 'A'-'Z' | 0x20 is 'a'-'z'
        var isLetter = Vector.GreaterThanOrEqual(folded, new Vector<byte>((byte)'a')) & Vector.LessThanOrEqual(folded, new Vector<byte>((byte)'z'));
        var isDigit = Vector.GreaterThanOrEqual(chunk, new Vector<byte>((byte)'0')) & Vector.LessThanOrEqual(chunk, new Vector<byte>((byte)'9'));
        var isSpace = Vector.Equals(chunk, space);
        if (!Vector.EqualsAll(isLetter | isDigit | isSpace, new Vector<byte>(byte.MaxValue))
            || !Vector.EqualsAll(isSpace & Vector.Equals(following, space), Vector<byte>.Zero)
            || (afterSpace && text[start] == ' '))
        {
            return false;
        }

        spaces -= isSpace;
        var copied = _lowerCases ? Vector.ConditionalSelect(isLetter, folded, chunk) : chunk;
        MemoryMarshal.Write(destination, ref copied);
        afterSpace = text[start + width - 1] == ' ';
        return true;
    }

    private static int Sum(Vector<byte> counts)
    {
        Vector.Widen(counts, out var low, out var high);
        Vector.Widen(low + high, out var lowInts, out var highInts);
        return (int)Vector.Dot(lowInts + highInts, Vector<uint>.One);
    }
}
