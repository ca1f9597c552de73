using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Statistics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Baseline and canary per-utterance results compared on the utterances they share: both sides' metrics
/// over the paired utterances and, when asked for, the paired bootstrap of the budgeted metrics.
/// </summary>
/// <param name="Baseline">Baseline metrics over the paired utterances.</param>
/// <param name="Canary">Canary metrics over the paired utterances.</param>
/// <param name="BaselineOnly">Baseline utterances whose id the canary lacks; left out of the comparison.</param>
/// <param name="Resampled">Null unless bootstrap options were given and some budget names a metric computed from the utterances.</param>
internal sealed record UtteranceComparison(UtteranceEvaluation Baseline, UtteranceEvaluation Canary, OneSidedIds BaselineOnly,
    OneSidedIds CanaryOnly, ResampledMetrics? Resampled)
{
    /// <param name="budgets">The metrics budgets name: those computed from the utterances are resampled.</param>
    /// <exception cref="InvalidInputException">A file or line cannot be read, an id repeats within a side, or a pair differs in reference or group.</exception>
    public static UtteranceComparison Compare(
        IReadOnlyList<string> baselineFiles,
        UtteranceReadOptions baselineOptions,
        IReadOnlyList<string> canaryFiles,
        UtteranceReadOptions canaryOptions,
        BootstrapOptions? bootstrap,
        IReadOnlyList<string> budgets,
        IProgress<long>? bytesRead = null)
    {
        var progress = bytesRead is null ? null : new RunningTotal(bytesRead);
        var baseline = UtteranceReader.Read(baselineFiles, baselineOptions, progress);
        progress?.StartNextSide();
        var canary = UtteranceReader.Read(canaryFiles, canaryOptions, progress);
        var pairing = UtterancePairing.Pair(baseline, canary);
        baseline.DropIds();
        canary.DropIds();
        LargeGarbage.CollectAfter(baseline.Count + canary.Count);
        var metrics = bootstrap is null || pairing.BaselineMembers.Length == 0
            ? []
            : budgets.Distinct().Select(name => ResampledMetric.For(name, field => KindOf(field, baseline, canary))).OfType<ResampledMetric>().ToList();
        var baselineMetrics = UtteranceMetricsCalculator.Compute(baseline, pairing.BaselineMembers);
        var canaryMetrics = UtteranceMetricsCalculator.Compute(canary, pairing.CanaryMembers);

        // The sides' records and ids are not used after this: the resamples run without them in memory.
        var samples = metrics.Count == 0 ? null : PairedSamples.Create(baseline, canary, pairing, metrics, dropRecords: true);
        if (samples is not null)
        {
            LargeGarbage.CollectAfter(samples.PairCount);
        }

        var resampled = samples is null ? null : PairedBootstrap.Run(samples, bootstrap!);
        return new UtteranceComparison(baselineMetrics, canaryMetrics, pairing.BaselineOnly, pairing.CanaryOnly, resampled);
    }

    /// <summary>The kind a number field has on either side (the two agree, or the metric is missing on one).</summary>
    private static FieldKind? KindOf(string field, UtteranceSet baseline, UtteranceSet canary)
    {
        foreach (var set in new[] { baseline, canary })
        {
            for (var f = 0; f < set.Fields.Count; f++)
            {
                if (set.Fields.Name(f) == field && set.Fields.Kind(f) != FieldKind.Unknown)
                {
                    return set.Fields.Kind(f);
                }
            }
        }

        return null;
    }

    /// <summary>Reports the canary's bytes after the baseline's, so that a progress display counts both sides once.</summary>
    private sealed class RunningTotal : IProgress<long>
    {
        private readonly IProgress<long> _display;
        private long _previousSides;
        private long _last;

        public RunningTotal(IProgress<long> display)
        {
            _display = display;
        }

        public void Report(long value)
        {
            _last = _previousSides + value;
            _display.Report(_last);
        }

        public void StartNextSide() => _previousSides = _last;
    }
}
