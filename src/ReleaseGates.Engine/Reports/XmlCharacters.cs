using System.Globalization;
using System.Text;

namespace ReleaseGates.Engine.Reports;

/// <summary>
/// Text an XML 1.0 document can carry. Metric, slice and file names come from users' files and may hold control
/// characters or unpaired surrogates, which no XML reader accepts even escaped; each becomes a visible <c>\uXXXX</c>.
/// The XML writer escapes everything else (&amp;, &lt;, quotes, newlines in attributes).
/// </summary>
internal static class XmlCharacters
{
    public static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var length = IsAllowed(text, i);
            if (length > 0 && clean is null)
            {
                i += length - 1;
                continue;
            }

            clean ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            if (length > 0)
            {
                clean.Append(text, i, length);
                i += length - 1;
            }
            else
            {
                clean.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return clean?.ToString() ?? text;
    }

    /// <summary>How many chars at <paramref name="index"/> form one allowed XML character (2 for a surrogate pair); 0 if none.</summary>
    private static int IsAllowed(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 0;
        }

        return c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD') ? 1 : 0;
    }
}
