using System;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Python's json module writes a float that is not finite as a bare <c>NaN</c>, <c>Infinity</c> or
/// <c>-Infinity</c>, which is not JSON. A line holding one is rewritten with <c>null</c> in its place
/// (outside strings only) before it is read again, so such a latency counts as absent instead of breaking the run.
/// </summary>
internal static class PythonNonFiniteTokens
{
    /// <summary>Copies <paramref name="line"/> to <paramref name="buffer"/> with every bare non-finite token replaced by <c>null</c>.</summary>
    /// <returns>False when the line has no such token (it is broken for another reason).</returns>
    public static bool TryRewrite(ReadOnlySpan<byte> line, ref byte[] buffer, out int length)
    {
        if (buffer.Length < line.Length + 16)
        {
            buffer = new byte[line.Length * 2 + 16];
        }

        length = 0;
        var replaced = false;
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            var b = line[i];
            if (inString)
            {
                if (b == (byte)'\\' && i + 1 < line.Length)
                {
                    buffer[length++] = b;
                    b = line[++i];
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (TokenAt(line, i, out var tokenLength))
            {
                // "null" can be longer than "NaN": make room.
                if (length + 4 + (line.Length - i) > buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                "null"u8.CopyTo(buffer.AsSpan(length));
                length += 4;
                i += tokenLength - 1;
                replaced = true;
                continue;
            }

            buffer[length++] = b;
        }

        return replaced;
    }

    private static bool TokenAt(ReadOnlySpan<byte> line, int index, out int length)
    {
        var rest = line.Slice(index);
        length = rest.StartsWith("NaN"u8) ? 3 : rest.StartsWith("Infinity"u8) ? 8 : rest.StartsWith("-Infinity"u8) ? 9 : 0;
        if (length == 0)
        {
            return false;
        }

        // A whole token only: not the middle of a longer bare word.
        var before = index == 0 ? (byte)' ' : line[index - 1];
        var after = index + length < line.Length ? line[index + length] : (byte)' ';
        return !IsWordByte(before) && !IsWordByte(after);
    }

    private static bool IsWordByte(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'_';
}
