using System.Text;

namespace ReleaseGates.CodeFixes.Privacy;

/// <summary>Named placeholders of a structured-logging message template ("Recognized {Text} in {Duration:c}").</summary>
internal static class MessageTemplates
{
    /// <summary>
    /// The template with its <paramref name="index"/>-th placeholder renamed from Name to NameLength, or null when
    /// the placeholder is positional ({0}) or missing. Escaped braces ({{ }}) are not placeholders.
    /// </summary>
    public static string? RenameToLength(string template, int index, string suffix)
    {
        var seen = 0;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            var nameStart = i + 1;
            if (nameStart < template.Length && template[nameStart] is '@' or '$')
            {
                nameStart++;
            }

            var nameEnd = nameStart;
            while (nameEnd < template.Length && template[nameEnd] is not ('}' or ':' or ','))
            {
                nameEnd++;
            }

            if (seen++ != index)
            {
                i = nameEnd;
                continue;
            }

            var name = template.Substring(nameStart, nameEnd - nameStart);
            if (name.Length == 0 || char.IsDigit(name[0]))
            {
                return null;
            }

            if (name.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return template;
            }

            return new StringBuilder(template).Remove(nameStart, nameEnd - nameStart).Insert(nameStart, name + suffix).ToString();
        }

        return null;
    }
}
