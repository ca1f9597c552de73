using System.Globalization;

namespace ReleaseGates.Engine.Json;

/// <summary>
/// Numbers as written in a file, read straight into <see cref="decimal"/> without passing through double, so that
/// 0.9 - 0.7 is exactly 0.2 and an on-budget change never rolls back because of binary floating-point error.
/// </summary>
public static class ExactNumber
{
    /// <summary>Parses a JSON number's text. Returns null and a reason when it cannot be compared exactly.</summary>
    public static decimal? Parse(string text, out string? problem)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            problem = null;
            return value;
        }

        problem = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var approximate) && !double.IsInfinity(approximate)
            ? $"{text} is outside the range the gate compares exactly (±7.9e28)"
            : $"{text} is too large for any number representation (it reads as infinite), so it is not a finite number";
        return null;
    }

    /// <summary>"0.081", "12", "-0.5": invariant, without the trailing zeros decimal keeps from the file.</summary>
    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>"+0.012", "-3", "+0": a change, always with its sign.</summary>
    public static string FormatSigned(decimal value) => (value >= 0 ? "+" : string.Empty) + Format(value);
}
