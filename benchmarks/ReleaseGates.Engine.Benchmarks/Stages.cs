using System.Diagnostics;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Statistics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Benchmarks;

/// <summary>
/// <c>-- stages DIR [GATES]</c>: an evaluation with statistics taken apart, each stage timed (wall and processor
/// time) with the working set after it — to see where the time and the memory go beyond the scan.
/// </summary>
internal static class Stages
{
    public static void Run(string directory, string gates)
    {
        var config = GatesConfigReader.Read(Path.Combine(directory, gates)).Config!;
        var baselineFiles = ShardPattern.Expand(directory, "baseline/*.jsonl");
        var canaryFiles = ShardPattern.Expand(directory, "canary/*.jsonl");
        var baseline = Stage("read baseline", () => UtteranceReader.Read(baselineFiles, UtteranceReadOptions.Standard));
        var canary = Stage("read canary", () => UtteranceReader.Read(canaryFiles, UtteranceReadOptions.Standard));
        var pairing = Stage("pair", () =>
        {
            // As UtteranceComparison does: the ids go, and their garbage, before the next stage allocates.
            var pairs = UtterancePairing.Pair(baseline, canary);
            baseline.DropIds();
            canary.DropIds();
            LargeGarbage.CollectAfter(baseline.Count + canary.Count);
            return pairs;
        });
        Stage("metrics, both sides", () => (UtteranceMetricsCalculator.Compute(baseline, pairing.BaselineMembers), UtteranceMetricsCalculator.Compute(canary, pairing.CanaryMembers)));
        var metrics = config.Budgets.Select(b => ResampledMetric.For(b.Name, field => Kind(baseline, field))).OfType<ResampledMetric>().ToList();
        var samples = Stage("paired samples", () =>
        {
            var created = PairedSamples.Create(baseline, canary, pairing, metrics, dropRecords: true);
            LargeGarbage.CollectAfter(created.PairCount);
            return created;
        });
        var statistics = config.Statistics!;
        Stage("bootstrap", () => PairedBootstrap.Run(samples, new BootstrapOptions(statistics.Confidence, statistics.Resamples, (ulong)statistics.Seed)));
    }

    private static FieldKind? Kind(UtteranceSet set, string field) =>
        Enumerable.Range(0, set.Fields.Count).Where(f => set.Fields.Name(f) == field).Select(f => (FieldKind?)set.Fields.Kind(f)).FirstOrDefault();

    private static T Stage<T>(string name, Func<T> run)
    {
        var process = Process.GetCurrentProcess();
        var processor = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var result = run();
        process.Refresh();
        Console.WriteLine($"{name,-22} {stopwatch.Elapsed.TotalSeconds,6:F2} s ({(process.TotalProcessorTime - processor).TotalSeconds,6:F2} s)  working set {process.WorkingSet64 / 1e6,5:F0} MB, managed {GC.GetTotalMemory(false) / 1e6,5:F0} MB");
        return result;
    }
}
