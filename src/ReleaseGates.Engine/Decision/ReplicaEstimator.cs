using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Engine.Decision;

/// <summary>
/// The casebook's replica estimate (Lab 2), in decimal so that a result that is exactly whole stays whole:
/// replicas = ceil(streams * (1 - vad_savings) * gpu_seconds_per_audio_second / target_utilization).
/// </summary>
public static class ReplicaEstimator
{
    /// <exception cref="OverflowException">The inputs are too large for exact arithmetic.</exception>
    public static decimal Estimate(CapacityConfig capacity, decimal gpuSecondsPerAudioSecond)
    {
        if (gpuSecondsPerAudioSecond < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(gpuSecondsPerAudioSecond), "GPU seconds per audio second cannot be negative");
        }

        var gpuSecondsNeeded = capacity.ConcurrentStreams * (1 - capacity.VadSavings) * gpuSecondsPerAudioSecond;
        var replicas = decimal.Ceiling(gpuSecondsNeeded / capacity.TargetUtilization);

        // Decimal division rounds to 28 digits; check the ceiling against the exact product so rounding can
        // never add or drop a replica.
        if (replicas * capacity.TargetUtilization < gpuSecondsNeeded)
        {
            replicas++;
        }
        else if (replicas > 0 && (replicas - 1) * capacity.TargetUtilization >= gpuSecondsNeeded)
        {
            replicas--;
        }

        return replicas;
    }
}
