using System;
using System.Collections.Generic;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// One field's reported values on one side of one group, in ascending order (timeouts, +Infinity, last), each with
/// the resampling unit whose weight it takes: a resample's percentile is found by walking this order and summing
/// weights up to the nearest rank, from whichever end is nearer.
/// </summary>
internal sealed class RankedValues
{
    private RankedValues(int[] units, double[] values)
    {
        Units = units;
        Values = values;
    }

    public int[] Units { get; }

    public double[] Values { get; }

    /// <param name="values">The side's values of the field, by utterance (NaN: not reported).</param>
    /// <param name="members">The side's utterance of each pair.</param>
    /// <param name="unitOfPair">Each pair's resampling unit.</param>
    /// <param name="inGroup">Whether pair i counts in this group on this side.</param>
    public static RankedValues Of(double[]? values, int[] members, int[] unitOfPair, Func<int, bool> inGroup)
    {
        var units = new List<int>();
        var sorted = new List<double>();
        if (values is not null)
        {
            for (var i = 0; i < members.Length; i++)
            {
                var value = values[members[i]];
                if (!double.IsNaN(value) && inGroup(i))
                {
                    units.Add(unitOfPair[i]);
                    sorted.Add(value);
                }
            }
        }

        var unitArray = units.ToArray();
        var valueArray = sorted.ToArray();
        Array.Sort(valueArray, unitArray);
        return new RankedValues(unitArray, valueArray);
    }

    /// <summary>The nearest-rank percentiles <paramref name="percents"/> under <paramref name="weights"/>, whose sum over
    /// these units is <paramref name="total"/>: rank ceil(p × total / 100), counting each unit as often as it was drawn.</summary>
    public void Percentiles(byte[] weights, long total, IReadOnlyList<int> percents, double[] results)
    {
        for (var i = 0; i < percents.Count; i++)
        {
            var rank = Math.Max(1, ((percents[i] * total) + 99) / 100);
            results[i] = total == 0 ? double.NaN : rank * 2 <= total ? FromBottom(weights, rank) : FromTop(weights, total - rank + 1);
        }
    }

    private double FromBottom(byte[] weights, long rank)
    {
        long seen = 0;
        for (var j = 0; j < Units.Length; j++)
        {
            seen += weights[Units[j]];
            if (seen >= rank)
            {
                return Values[j];
            }
        }

        return Values[Values.Length - 1];
    }

    /// <summary>The value with at least <paramref name="fromTop"/> drawn values at or above it.</summary>
    private double FromTop(byte[] weights, long fromTop)
    {
        long seen = 0;
        for (var j = Units.Length - 1; j >= 0; j--)
        {
            seen += weights[Units[j]];
            if (seen >= fromTop)
            {
                return Values[j];
            }
        }

        return Values[0];
    }
}
