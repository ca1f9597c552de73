namespace ReleaseGates.Engine.Metrics;

/// <summary>Characters of the Basic Multilingual Plane read from strict UTF-8 (RFC 3629): no overlong forms, no
/// surrogates. Written back by <see cref="GeneralizedUtf8.EncodeUnit"/>.</summary>
internal static class Utf8Scalars
{
    /// <summary>Decodes the character of two or three bytes at the start of <paramref name="utf8"/>.</summary>
    /// <returns>Its length in bytes; 0 when the bytes are not such a character (four bytes, or not UTF-8).</returns>
    public static int Decode(ReadOnlySpan<byte> utf8, out int character)
    {
        character = 0;
        int lead = utf8[0];
        if (lead is >= 0xC2 and <= 0xDF && utf8.Length >= 2 && IsContinuation(utf8[1]))
        {
            character = ((lead & 0x1F) << 6) | (utf8[1] & 0x3F);
            return 2;
        }

        if (lead is < 0xE0 or > 0xEF || utf8.Length < 3 || !IsContinuation(utf8[1]) || !IsContinuation(utf8[2]))
        {
            return 0;
        }

        character = ((lead & 0x0F) << 12) | ((utf8[1] & 0x3F) << 6) | (utf8[2] & 0x3F);
        return character < 0x800 || character is >= 0xD800 and <= 0xDFFF ? 0 : 3;
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;
}
