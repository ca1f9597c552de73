namespace ReleaseGates.Engine.Statistics;

/// <summary>The <c>statistics</c> section as the bootstrap uses it.</summary>
public sealed class BootstrapOptions
{
    public BootstrapOptions(decimal confidence, int resamples, ulong seed)
    {
        Confidence = confidence;
        Resamples = resamples;
        Seed = seed;
    }

    /// <summary>In (0, 1), e.g. 0.95.</summary>
    public decimal Confidence { get; }

    public int Resamples { get; }

    public ulong Seed { get; }
}
