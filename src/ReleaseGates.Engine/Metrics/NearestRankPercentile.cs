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

    /// <summary>The <paramref name="percent"/>-th percentile of <paramref name="values"/>; NaN when there are none.
    /// Reorders <paramref name="values"/> (a selection, not a full sort: linear time for a million latencies).</summary>
    public static double Of(double[] values, int percent) =>
        values.Length == 0 ? double.NaN : Select(values, values.Length, Rank(percent, values.Length) - 1);

    /// <summary>The percentiles <paramref name="ascendingPercents"/> of <paramref name="values"/>, each NaN when there are
    /// none. Reorders <paramref name="values"/>; each selection searches only above the one before, which has already
    /// put every larger value after itself.</summary>
    internal static double[] Of(double[] values, IReadOnlyList<int> ascendingPercents) => Of(values, values.Length, ascendingPercents);

    /// <summary>The percentiles <paramref name="ascendingPercents"/> of the first <paramref name="count"/> of
    /// <paramref name="values"/> (see <see cref="Of(double[], IReadOnlyList{int})"/>); the rest is neither read nor moved.</summary>
    internal static double[] Of(double[] values, int count, IReadOnlyList<int> ascendingPercents)
    {
        var results = new double[ascendingPercents.Count];
        var low = 0;
        for (var i = 0; i < results.Length; i++)
        {
            if (count == 0)
            {
                results[i] = double.NaN;
                continue;
            }

            var index = Rank(ascendingPercents[i], count) - 1;
            if (index < low)
            {
                throw new ArgumentException("The percentiles must be in ascending order.", nameof(ascendingPercents));
            }

            results[i] = Select(values, count, index, low);
            low = index;
        }

        return results;
    }

    /// <summary>The value that would be at <paramref name="index"/> were the first <paramref name="count"/> of <paramref name="values"/> sorted, given that
    /// none before <paramref name="from"/> is larger than any from there on (Hoare's quickselect with a median-of-three
    /// pivot; after too many rounds the rest is sorted instead, so the worst case stays n log n).</summary>
    private static double Select(double[] values, int count, int index, int from = 0)
    {
        var low = from;
        var high = count - 1;
        var rounds = 64;
        while (high > low)
        {
            if (--rounds == 0)
            {
                Array.Sort(values, low, high - low + 1);
                break;
            }

            var pivot = MedianOfThree(values[low], values[low + ((high - low) >> 1)], values[high]);
            var i = low;
            var j = high;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (index <= j)
            {
                high = j;
            }
            else if (index >= i)
            {
                low = i;
            }
            else
            {
                break; // values[j + 1 .. i - 1] all equal the pivot
            }
        }

        return values[index];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
