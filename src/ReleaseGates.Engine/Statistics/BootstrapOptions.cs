namespace ReleaseGates.Engine.Statistics;

/// <summary>The <c>statistics</c> section as the bootstrap uses it.</summary>
/// <param name="Confidence">In (0, 1), e.g. 0.95: one minus the gate's error rate.</param>
public sealed record BootstrapOptions(decimal Confidence, int Resamples, ulong Seed);
