using System.Text;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>What a measure may be called: [a-z][a-z0-9_]*, and nothing that is or would make a built-in metric.</summary>
internal static class MeasureNames
{
    /// <summary>Null when <paramref name="name"/> is a valid measure name, else why not.</summary>
    public static string? Problem(ReadOnlySpan<byte> name)
    {
        if (name.Length == 0 || name[0] is < (byte)'a' or > (byte)'z' || !IsRestValid(name))
        {
            return $"The measure name \"{Describe(name)}\" is not of the form [a-z][a-z0-9_]* (lower-case letters, digits and _, starting with a letter); rename it.";
        }

        var text = Encoding.UTF8.GetString(name.ToArray());
        return MetricNames.IsReserved(text)
            ? $"The measure name \"{text}\" is taken by a built-in field or metric; rename the measure."
            : null;
    }

    /// <summary>The name for a message: at most 40 characters, control characters shown as '?'.</summary>
    public static string Describe(ReadOnlySpan<byte> name)
    {
        var text = Encoding.UTF8.GetString(name.ToArray());
        var shown = new StringBuilder();
        foreach (var c in text.Length > 40 ? text.Substring(0, 40) : text)
        {
            shown.Append(char.IsControl(c) ? '?' : c);
        }

        return text.Length > 40 ? shown + "..." : shown.ToString();
    }

    private static bool IsRestValid(ReadOnlySpan<byte> name)
    {
        foreach (var b in name)
        {
            if (b is not ((>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'_'))
            {
                return false;
            }
        }

        return true;
    }
}
