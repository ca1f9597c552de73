using ReleaseGates.Simulation.Randomness;

namespace ReleaseGates.Simulation.Data;

/// <summary>
/// Lays a model's timeouts over one run's lines. Timeouts are not random with respect to latency: a client deadline
/// cuts off the requests that would have been slowest, and some requests hang whatever their audio. So half of the
/// timed-out utterances are the slowest ones and half are drawn at random from the rest — which is what makes a gate
/// that drops timeouts see a canary percentile *better* than the baseline's (issue 9).
/// </summary>
internal static class TimeoutInjector
{
    public static List<SimulatedLine> Apply(List<SimulatedLine> lines, ModelBehaviour behaviour, SimRandom random)
    {
        var timedOut = lines;
        if (behaviour.FirstPartialTimeoutRate > 0)
        {
            var chosen = Choose(timedOut.Select(l => l.FirstPartialMs).ToList(), behaviour.FirstPartialTimeoutRate, random);
            timedOut = timedOut.Select((l, i) => chosen.Contains(i) ? l with { FirstPartialMs = double.PositiveInfinity } : l).ToList();
        }

        if (behaviour.FinalTimeoutRate > 0)
        {
            var chosen = Choose(timedOut.Select(l => l.FinalMs).ToList(), behaviour.FinalTimeoutRate, random);
            timedOut = timedOut.Select((l, i) => chosen.Contains(i) ? l with { FinalMs = double.PositiveInfinity } : l).ToList();
        }

        return timedOut;
    }

    private static HashSet<int> Choose(List<double> latencies, double rate, SimRandom random)
    {
        var total = (int)Math.Round(rate * latencies.Count);
        var slowest = total / 2;
        var chosen = Enumerable.Range(0, latencies.Count).OrderByDescending(i => latencies[i]).Take(slowest).ToHashSet();
        var rest = Enumerable.Range(0, latencies.Count).Where(i => !chosen.Contains(i)).ToList();
        for (var k = 0; k < total - slowest; k++)
        {
            // A partial Fisher–Yates shuffle: the first (total - slowest) of rest, uniformly without repetition.
            var pick = k + random.Next(rest.Count - k);
            (rest[k], rest[pick]) = (rest[pick], rest[k]);
            chosen.Add(rest[k]);
        }

        return chosen;
    }
}
