using System;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The two-sided percentile bootstrap interval at confidence γ: from the resampled statistics sorted
/// ascending, the values at nearest ranks ceil((1 - γ) / 2 × m) and ceil((1 + γ) / 2 × m) (1-based), so
/// 1,000 resamples at 0.95 give ranks 25 and 975. Ranks are computed in decimal, so they are exact.
/// </summary>
internal static class PercentileInterval
{
    public static (int Low, int High) Ranks(decimal confidence, int count)
    {
        var low = (int)Math.Ceiling((1m - confidence) / 2m * count);
        var high = (int)Math.Ceiling((1m + confidence) / 2m * count);
        return (Math.Min(Math.Max(low, 1), count), Math.Min(Math.Max(high, 1), count));
    }

    /// <summary>The interval of <paramref name="statistics"/> (sorted in place); NaN entries (a resample with no
    /// words on a side) are left out. Null when no resample gave a number.</summary>
    public static ConfidenceInterval? Of(double[] statistics, decimal confidence)
    {
        Array.Sort(statistics); // NaN sorts first
        var firstNumber = 0;
        while (firstNumber < statistics.Length && double.IsNaN(statistics[firstNumber]))
        {
            firstNumber++;
        }

        var count = statistics.Length - firstNumber;
        if (count == 0)
        {
            return null;
        }

        var (low, high) = Ranks(confidence, count);
        return new ConfidenceInterval(statistics[firstNumber + low - 1], statistics[firstNumber + high - 1]);
    }
}
