using System.Text;

namespace ReleaseGates.Engine.Json;

/// <summary>
/// Bytes of a hand-written file as UTF-8 without a byte-order mark. Windows PowerShell writes UTF-16 with a BOM
/// (`> gates.json`), editors sometimes add a UTF-8 BOM: both are read rather than rejected.
/// </summary>
internal static class TextDecoding
{
    public static byte[] ToUtf8(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            var withoutBom = new byte[bytes.Length - 3];
            Array.Copy(bytes, 3, withoutBom, 0, withoutBom.Length);
            return withoutBom;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.UTF8.GetBytes(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2));
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.UTF8.GetBytes(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2));
        }

        return (byte[])bytes.Clone();
    }
}
