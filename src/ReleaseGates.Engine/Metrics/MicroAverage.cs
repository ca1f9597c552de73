namespace ReleaseGates.Engine.Metrics;

/// <summary>A micro-average: a sum of errors over a sum of opportunities (edits over reference words).</summary>
internal static class MicroAverage
{
    /// <summary>One correctly rounded division, as Python's int / int; NaN when there is nothing to divide by.</summary>
    public static double Ratio(long numerator, long denominator) =>
        denominator == 0 ? double.NaN : (double)numerator / denominator;
}
