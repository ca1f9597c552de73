namespace ReleaseGates.Engine.Decision;

/// <summary>A confidence interval of the delta (canary - baseline), e.g. from the paired bootstrap.</summary>
public sealed record DeltaInterval(decimal Low, decimal High);
