namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// UTF-16 to UTF-8 that keeps every text apart: a surrogate without its partner (which a normaliser of a
/// team's own might write) is encoded as the three bytes of its code unit (generalized UTF-8, as in
/// WTF-8) instead of being replaced by U+FFFD. Two texts are then equal exactly when their bytes are, and
/// a space is byte 0x20 and nothing else, so words compare as bytes the way they compare as characters.
/// </summary>
internal static class GeneralizedUtf8
{
    /// <summary>At most three bytes per UTF-16 code unit (a pair's four bytes are two units').</summary>
    public static int MaxBytes(int chars) => chars * 3;

    /// <returns>The number of bytes written; <paramref name="destination"/> holds at least <see cref="MaxBytes"/>.</returns>
    public static int Encode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32((char)c, text[++i]);
                destination[written++] = (byte)(0xF0 | (scalar >> 18));
                destination[written++] = (byte)(0x80 | ((scalar >> 12) & 0x3F));
                destination[written++] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                destination[written++] = (byte)(0x80 | (scalar & 0x3F));
            }
            else
            {
                EncodeUnit(c, destination, ref written);
            }
        }

        return written;
    }

    /// <summary>The bytes one UTF-16 code unit (not half of a pair) takes.</summary>
    public static int UnitBytes(int unit) => unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;

    /// <summary>Writes one UTF-16 code unit (not half of a pair) at <paramref name="written"/>.</summary>
    public static void EncodeUnit(int unit, Span<byte> destination, ref int written)
    {
        if (unit < 0x80)
        {
            destination[written++] = (byte)unit;
        }
        else if (unit < 0x800)
        {
            destination[written++] = (byte)(0xC0 | (unit >> 6));
            destination[written++] = (byte)(0x80 | (unit & 0x3F));
        }
        else
        {
            destination[written++] = (byte)(0xE0 | (unit >> 12));
            destination[written++] = (byte)(0x80 | ((unit >> 6) & 0x3F));
            destination[written++] = (byte)(0x80 | (unit & 0x3F));
        }
    }
}
