namespace ReleaseGates.Engine.Statistics;

/// <summary>A two-sided interval of the delta canary - baseline of one metric, in the metric's unit.</summary>
public sealed class ConfidenceInterval
{
    public ConfidenceInterval(double low, double high)
    {
        Low = low;
        High = high;
    }

    public double Low { get; }

    public double High { get; }
}
