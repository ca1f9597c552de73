namespace ReleaseGates.Engine.Json;

/// <summary>
/// Python's json module writes bare NaN, Infinity and -Infinity, which System.Text.Json rejects. This finds them
/// outside strings and comments; <see cref="Mask"/> overwrites each one in place with a string literal of the same
/// length (byte offsets, and so positions, stay right) so the parser can turn that string back into a non-finite
/// number. Per-utterance lines rewrite them to null instead (Utterances/PythonNonFiniteTokens).
/// </summary>
internal static class NonFiniteTokens
{
    private static readonly byte[][] Tokens =
    {
        new[] { (byte)'-', (byte)'I', (byte)'n', (byte)'f', (byte)'i', (byte)'n', (byte)'i', (byte)'t', (byte)'y' },
        new[] { (byte)'I', (byte)'n', (byte)'f', (byte)'i', (byte)'n', (byte)'i', (byte)'t', (byte)'y' },
        new[] { (byte)'N', (byte)'a', (byte)'N' },
    };

    /// <returns>Start offset of each masked token, with the token as written.</returns>
    public static Dictionary<int, string> Mask(byte[] utf8)
    {
        var masked = new Dictionary<int, string>();
        for (var start = Find(utf8, 0, out var length); start >= 0; start = Find(utf8, start + length, out length))
        {
            masked[start] = System.Text.Encoding.ASCII.GetString(utf8, start, length);
            utf8[start] = (byte)'"';
            for (var k = 1; k < length - 1; k++)
            {
                utf8[start + k] = (byte)'_';
            }

            utf8[start + length - 1] = (byte)'"';
        }

        return masked;
    }

    /// <summary>
    /// The start of the next bare non-finite token at or after <paramref name="start"/> (which must be outside a
    /// string or comment), and its <paramref name="length"/>; -1 when there is none.
    /// </summary>
    public static int Find(ReadOnlySpan<byte> utf8, int start, out int length)
    {
        var i = start;
        while (i < utf8.Length)
        {
            var b = utf8[i];
            if (b == (byte)'"')
            {
                i = SkipString(utf8, i);
            }
            else if (b == (byte)'/' && i + 1 < utf8.Length && utf8[i + 1] == (byte)'/')
            {
                i = SkipUntil(utf8, i + 2, (byte)'\n', 0);
            }
            else if (b == (byte)'/' && i + 1 < utf8.Length && utf8[i + 1] == (byte)'*')
            {
                i = SkipUntil(utf8, i + 2, (byte)'*', (byte)'/');
            }
            else if (TokenAt(utf8, i) is var token && token > 0)
            {
                length = token;
                return i;
            }
            else
            {
                i++;
            }
        }

        length = 0;
        return -1;
    }

    /// <summary>The length of the whole token at <paramref name="start"/>, or 0: not inside a longer bare word.</summary>
    private static int TokenAt(ReadOnlySpan<byte> utf8, int start)
    {
        if (start > 0 && IsWordByte(utf8[start - 1]))
        {
            return 0;
        }

        foreach (var token in Tokens)
        {
            var end = start + token.Length;
            if (end <= utf8.Length && utf8.Slice(start, token.Length).SequenceEqual(token) && (end == utf8.Length || !IsWordByte(utf8[end])))
            {
                return token.Length;
            }
        }

        return 0;
    }

    private static bool IsWordByte(byte b) =>
        (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z') || (b >= (byte)'0' && b <= (byte)'9')
        || b == (byte)'_' || b == (byte)'.' || b == (byte)'-' || b == (byte)'+' || b >= 0x80;

    private static int SkipString(ReadOnlySpan<byte> utf8, int quote)
    {
        var i = quote + 1;
        while (i < utf8.Length && utf8[i] != (byte)'"')
        {
            i += utf8[i] == (byte)'\\' ? 2 : 1;
        }

        return i + 1;
    }

    /// <summary>Past the terminator: one byte (<paramref name="second"/> 0) or a two-byte pair.</summary>
    private static int SkipUntil(ReadOnlySpan<byte> utf8, int start, byte first, byte second)
    {
        for (var i = start; i < utf8.Length; i++)
        {
            if (utf8[i] == first && (second == 0 || (i + 1 < utf8.Length && utf8[i + 1] == second)))
            {
                return i + (second == 0 ? 1 : 2);
            }
        }

        return utf8.Length;
    }
}
