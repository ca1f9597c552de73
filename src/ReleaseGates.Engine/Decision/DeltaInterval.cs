namespace ReleaseGates.Engine.Decision;

/// <summary>A confidence interval of the delta (canary - baseline), e.g. from the paired bootstrap.</summary>
public sealed class DeltaInterval
{
    public DeltaInterval(decimal low, decimal high)
    {
        Low = low;
        High = high;
    }

    public decimal Low { get; }

    public decimal High { get; }
}
