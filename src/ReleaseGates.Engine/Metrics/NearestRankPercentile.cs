using System;

namespace ReleaseGates.Engine.Metrics;

/// <summary>The nearest-rank percentile: the value at rank ceil(p × n) (1-based) of the sorted values.</summary>
public static class NearestRankPercentile
{
    /// <summary>The 1-based rank ceil(<paramref name="percent"/> / 100 × n), computed in integers so that
    /// 95 % of 20 values is rank 19 exactly; at least 1.</summary>
    public static int Rank(int percent, int count)
    {
        if (percent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile is between 0 and 100.");
        }

        var rank = (int)((((long)percent * count) + 99) / 100);
        return Math.Max(rank, 1);
    }

    /// <summary>The <paramref name="percent"/>-th percentile of <paramref name="sortedValues"/>, which must be sorted ascending;
    /// NaN when there are no values.</summary>
    public static double Of(ReadOnlySpan<double> sortedValues, int percent) =>
        sortedValues.Length == 0 ? double.NaN : sortedValues[Rank(percent, sortedValues.Length) - 1];
}
