namespace ReleaseGates.Engine.Metrics;

/// <summary>Characters of the Basic Multilingual Plane in strict UTF-8 (RFC 3629): no overlong forms, no surrogates.</summary>
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

    /// <summary>The bytes <paramref name="character"/> (U+0080 to U+FFFF) takes.</summary>
    public static int Length(int character) => character < 0x800 ? 2 : 3;

    /// <summary>Writes <paramref name="character"/> (U+0080 to U+FFFF, not a surrogate) at <paramref name="written"/>.</summary>
    public static void Encode(int character, Span<byte> destination, ref int written)
    {
        if (character < 0x800)
        {
            destination[written++] = (byte)(0xC0 | (character >> 6));
            destination[written++] = (byte)(0x80 | (character & 0x3F));
            return;
        }

        destination[written++] = (byte)(0xE0 | (character >> 12));
        destination[written++] = (byte)(0x80 | ((character >> 6) & 0x3F));
        destination[written++] = (byte)(0x80 | (character & 0x3F));
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;
}
