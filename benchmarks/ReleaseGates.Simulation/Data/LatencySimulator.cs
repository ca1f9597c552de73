using ReleaseGates.Simulation.Randomness;

namespace ReleaseGates.Simulation.Data;

/// <summary>
/// One run's latencies of one utterance: the audio's typical latency (shared by both sides, so baseline and canary
/// latencies of an utterance correlate) times per-run noise — log-normal jitter, and in 2 % of runs a spike from a
/// Pareto tail (garbage collection, a cold replica, a retried request), which is what makes p95 and p99 noisy.
/// </summary>
internal static class LatencySimulator
{
    private const double JitterSigma = 0.2;
    private const double SpikeChance = 0.02;
    private const double SpikeTailIndex = 1.8;
    private const double MaxSpike = 20;

    /// <summary>Milliseconds (timeouts are laid over afterwards by <see cref="TimeoutInjector"/>).</summary>
    public static double Sample(double baseMs, SimRandom random)
    {
        var value = baseMs * random.LogNormalMeanOne(JitterSigma);
        if (random.Chance(SpikeChance))
        {
            value *= Math.Min(MaxSpike, 1 + random.Pareto(SpikeTailIndex));
        }

        return Math.Round(value, 1);
    }
}
