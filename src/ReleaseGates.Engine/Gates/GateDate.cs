using System.Globalization;

namespace ReleaseGates.Engine.Gates;

/// <summary>Dates as gates.json, the MSBuild task and the CLI write them: yyyy-MM-dd, days in UTC.</summary>
public static class GateDate
{
    public static bool TryParse(string? text, out DateTime date) =>
        DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The date to check waivers against: <paramref name="text"/>, or today (UTC) when it is empty.</summary>
    public static bool TryParseOrToday(string? text, out DateTime date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = DateTime.UtcNow.Date;
            return true;
        }

        return TryParse(text, out date);
    }
}
