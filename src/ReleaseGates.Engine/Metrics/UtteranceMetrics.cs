using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Metrics;

/// <summary>The <c>metrics</c> command's computation: per-utterance files in, metrics overall and per slice out, with
/// what makes them comparable: the normaliser and the evaluation set's fingerprint (contract §9).</summary>
public static class UtteranceMetrics
{
    /// <param name="files">Per-utterance files, read in this order (see <see cref="ShardPattern.Expand"/>).</param>
    /// <param name="options">Normaliser and format; the fingerprint is computed whatever <c>Fingerprint</c> says.</param>
    /// <param name="bytesRead">Told the running total of bytes read, for a progress display.</param>
    /// <exception cref="InvalidInputException">A file or line cannot be read, or an id repeats.</exception>
    public static MetricsOutput Compute(IReadOnlyList<string> files, UtteranceReadOptions options, IProgress<long>? bytesRead = null)
    {
        var set = UtteranceReader.Read(files, options with { Fingerprint = true }, bytesRead);

        // The fingerprint is one thread's work (one hash over the ordered digests): it runs beside the metrics.
        var fingerprint = Task.Run(() => EvalSetFingerprint.Of(set));
        var evaluation = UtteranceMetricsCalculator.Compute(set);
        return new MetricsOutput(evaluation, options.Normalizer.Identity, set.Count, fingerprint.GetAwaiter().GetResult());
    }
}

/// <summary>One side's metrics as <c>release-gates metrics</c> writes them.</summary>
/// <param name="Normalizer">The normaliser's name and version, e.g. "standard/1".</param>
/// <param name="Utterances">How many utterances the evaluation set has.</param>
/// <param name="Fingerprint">"sha256:..." over the sorted ids and normalised references (see EvalSetFingerprint).</param>
public sealed record MetricsOutput(UtteranceEvaluation Evaluation, string Normalizer, int Utterances, string Fingerprint);
