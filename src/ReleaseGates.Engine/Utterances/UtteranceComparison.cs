using System;
using System.Collections.Generic;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Statistics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Baseline and canary per-utterance results compared on the utterances they share: both sides' metrics
/// over the paired utterances and, when asked for, the paired bootstrap intervals of their deltas.
/// </summary>
public sealed class UtteranceComparison
{
    private UtteranceComparison(UtteranceEvaluation baseline, UtteranceEvaluation canary, int baselineOnly, int canaryOnly,
        IReadOnlyList<string> baselineOnlyExamples, IReadOnlyList<string> canaryOnlyExamples, BootstrapResult? bootstrap)
    {
        Baseline = baseline;
        Canary = canary;
        BaselineOnly = baselineOnly;
        CanaryOnly = canaryOnly;
        BaselineOnlyExamples = baselineOnlyExamples;
        CanaryOnlyExamples = canaryOnlyExamples;
        Bootstrap = bootstrap;
    }

    /// <summary>Baseline metrics over the paired utterances.</summary>
    public UtteranceEvaluation Baseline { get; }

    /// <summary>Canary metrics over the paired utterances.</summary>
    public UtteranceEvaluation Canary { get; }

    /// <summary>Baseline utterances whose id the canary lacks; left out of the comparison.</summary>
    public int BaselineOnly { get; }

    public int CanaryOnly { get; }

    public IReadOnlyList<string> BaselineOnlyExamples { get; }

    public IReadOnlyList<string> CanaryOnlyExamples { get; }

    /// <summary>Null unless bootstrap options were given.</summary>
    public BootstrapResult? Bootstrap { get; }

    /// <exception cref="InvalidInputException">A file or line cannot be read, or an id repeats within a side.</exception>
    public static UtteranceComparison Compare(IReadOnlyList<string> baselineFiles, IReadOnlyList<string> canaryFiles,
        ITextNormalizer normalizer, BootstrapOptions? bootstrap, IProgress<long>? bytesRead = null)
    {
        var progress = bytesRead is null ? null : new RunningTotal(bytesRead);
        var baseline = UtteranceReader.Read(baselineFiles, normalizer, progress);
        progress?.StartNextSide();
        var canary = UtteranceReader.Read(canaryFiles, normalizer, progress);
        var pairing = UtterancePairing.Pair(baseline, canary);
        var intervals = bootstrap is null || pairing.BaselineMembers.Length == 0
            ? null
            : PairedBootstrap.Run(PairedSamples.Create(baseline, canary, pairing), bootstrap);
        return new UtteranceComparison(
            UtteranceMetricsCalculator.Compute(baseline, pairing.BaselineMembers),
            UtteranceMetricsCalculator.Compute(canary, pairing.CanaryMembers),
            pairing.BaselineOnly, pairing.CanaryOnly, pairing.BaselineOnlyExamples, pairing.CanaryOnlyExamples, intervals);
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
