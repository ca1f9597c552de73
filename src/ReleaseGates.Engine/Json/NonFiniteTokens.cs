using System.Collections.Generic;

namespace ReleaseGates.Engine.Json;

/// <summary>
/// Python's json module writes bare NaN, Infinity and -Infinity. System.Text.Json rejects them, so before reading,
/// each one is overwritten in place by a string literal of the same length (byte offsets, and so positions, stay
/// right) and remembered, so the parser can turn that string back into a non-finite number.
/// </summary>
internal static class NonFiniteTokens
{
    private static readonly string[] Tokens = { "-Infinity", "Infinity", "NaN" };

    /// <returns>Start offset of each masked token, with the token as written.</returns>
    public static Dictionary<int, string> Mask(byte[] utf8)
    {
        var masked = new Dictionary<int, string>();
        var i = 0;
        while (i < utf8.Length)
        {
            var b = utf8[i];
            if (b == (byte)'"')
            {
                i = SkipString(utf8, i);
            }
            else if (b == (byte)'/' && i + 1 < utf8.Length && utf8[i + 1] == (byte)'/')
            {
                i = SkipUntil(utf8, i + 2, "\n");
            }
            else if (b == (byte)'/' && i + 1 < utf8.Length && utf8[i + 1] == (byte)'*')
            {
                i = SkipUntil(utf8, i + 2, "*/");
            }
            else if (TokenAt(utf8, i) is { } token)
            {
                utf8[i] = (byte)'"';
                for (var k = 1; k < token.Length - 1; k++)
                {
                    utf8[i + k] = (byte)'_';
                }

                utf8[i + token.Length - 1] = (byte)'"';
                masked[i] = token;
                i += token.Length;
            }
            else
            {
                i++;
            }
        }

        return masked;
    }

    private static string? TokenAt(byte[] utf8, int start)
    {
        if (start > 0 && IsWordByte(utf8[start - 1]))
        {
            return null;
        }

        foreach (var token in Tokens)
        {
            var end = start + token.Length;
            if (end > utf8.Length || (end < utf8.Length && IsWordByte(utf8[end])))
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < token.Length && matches; k++)
            {
                matches = utf8[start + k] == (byte)token[k];
            }

            if (matches)
            {
                return token;
            }
        }

        return null;
    }

    private static bool IsWordByte(byte b) =>
        (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z') || (b >= (byte)'0' && b <= (byte)'9')
        || b == (byte)'_' || b == (byte)'.' || b == (byte)'-' || b == (byte)'+' || b >= 0x80;

    private static int SkipString(byte[] utf8, int quote)
    {
        var i = quote + 1;
        while (i < utf8.Length && utf8[i] != (byte)'"')
        {
            i += utf8[i] == (byte)'\\' ? 2 : 1;
        }

        return i + 1;
    }

    private static int SkipUntil(byte[] utf8, int start, string terminator)
    {
        for (var i = start; i < utf8.Length; i++)
        {
            var matches = i + terminator.Length <= utf8.Length;
            for (var k = 0; k < terminator.Length && matches; k++)
            {
                matches = utf8[i + k] == (byte)terminator[k];
            }

            if (matches)
            {
                return i + terminator.Length;
            }
        }

        return utf8.Length;
    }
}
