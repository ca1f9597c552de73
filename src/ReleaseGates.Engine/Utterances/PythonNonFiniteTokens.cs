using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Python's json module writes a float that is not finite as a bare <c>NaN</c>, <c>Infinity</c> or
/// <c>-Infinity</c>, which is not JSON. A line holding one is rewritten (outside strings only) before it is read
/// again: <c>NaN</c> as <c>null</c> (not reported), <c>Infinity</c> as <c>1e999999</c> and <c>-Infinity</c> as
/// <c>-1e999999</c>, numbers of the same length that read as infinite (a timeout), so columns stay right.
/// </summary>
internal static class PythonNonFiniteTokens
{
    /// <summary>Copies <paramref name="line"/> to <paramref name="buffer"/> with every bare non-finite token replaced.</summary>
    /// <returns>False when the line has no such token (it is broken for another reason).</returns>
    public static bool TryRewrite(ReadOnlySpan<byte> line, ref byte[] buffer, out int length)
    {
        length = 0;
        var copied = 0;
        var replaced = false;
        for (var at = NonFiniteTokens.Find(line, 0, out var token); at >= 0; at = NonFiniteTokens.Find(line, copied, out token))
        {
            Append(line.Slice(copied, at - copied), ref buffer, ref length);
            Append(token == 3 ? "null"u8 : token == 8 ? "1e999999"u8 : "-1e999999"u8, ref buffer, ref length);
            copied = at + token;
            replaced = true;
        }

        Append(line.Slice(copied), ref buffer, ref length);
        return replaced;
    }

    private static void Append(ReadOnlySpan<byte> bytes, ref byte[] buffer, ref int length)
    {
        if (length + bytes.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + bytes.Length + 16));
        }

        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }
}
