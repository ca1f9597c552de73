using System.Globalization;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// How a computed metric becomes a number in a file and in a decision. Metrics are computed in binary
/// floating point exactly as a Python scorer does (edits / words is one correctly rounded division of
/// two integers, like Python's <c>/</c>), written as the shortest decimal that reads back to the same
/// double (what Python's <c>repr</c> and <c>json.dumps</c> write), and judged as that decimal, exactly as
/// the gate reads any evaluation file: so <c>metrics</c> output fed back to the gate decides the same, and
/// the digits match an independent Python scorer's to the last one.
/// </summary>
public static class MetricNumber
{
    /// <summary>The shortest round-trip decimal form of a finite <paramref name="value"/>, in plain or exponent notation.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Only finite numbers are written.");
        }

        // The correctly rounded 15-, 16- then 17-digit forms: the first that reads back is the shortest
        // (no shorter decimal can read back when the 15-digit one does not) and the nearest of its length.
        // Independent of the runtime's default double formatting, which differs on .NET Framework.
        for (var digits = 15; digits <= 17; digits++)
        {
            var text = value.ToString("E" + (digits - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) == value || digits == 17)
            {
                return ToPlain(text);
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    /// <summary>The decimal a reader of <see cref="Format"/>'s text gets; null when not finite or beyond decimal's range.</summary>
    public static decimal? ToDecimal(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 7.9e28)
        {
            return null;
        }

        return decimal.Parse(Format(value), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>"1.2345000000000E-002" to "0.012345"; plain notation for exponents -7..20, like JavaScript, else "1.5e-08".</summary>
    private static string ToPlain(string exponentForm)
    {
        var e = exponentForm.IndexOf('E');
        var exponent = int.Parse(exponentForm.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var negative = exponentForm[0] == '-';
        var digits = exponentForm.Substring(negative ? 1 : 0, e - (negative ? 1 : 0)).Replace(".", string.Empty).TrimEnd('0');
        if (digits.Length == 0)
        {
            return "0";
        }

        string text;
        if (exponent is < -7 or > 20)
        {
            text = digits.Substring(0, 1) + (digits.Length > 1 ? "." + digits.Substring(1) : string.Empty)
                + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (exponent < 0)
        {
            text = "0." + new string('0', -exponent - 1) + digits;
        }
        else if (digits.Length <= exponent + 1)
        {
            text = digits + new string('0', exponent + 1 - digits.Length);
        }
        else
        {
            text = digits.Substring(0, exponent + 1) + "." + digits.Substring(exponent + 1);
        }

        return negative ? "-" + text : text;
    }
}
