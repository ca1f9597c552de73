using System;
using System.Collections.Generic;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Metrics;

/// <summary>The <c>metrics</c> command's computation: per-utterance files in, metrics overall and per slice out.</summary>
public static class UtteranceMetrics
{
    /// <param name="files">JSON Lines files, read in this order (see <see cref="ShardPattern.Expand"/>).</param>
    /// <param name="normalizer">Applied to every text before it is scored.</param>
    /// <param name="bytesRead">Told the running total of bytes read, for a progress display.</param>
    /// <exception cref="InvalidInputException">A file or line cannot be read, or an id repeats.</exception>
    public static UtteranceEvaluation Compute(IReadOnlyList<string> files, ITextNormalizer normalizer, IProgress<long>? bytesRead = null) =>
        UtteranceMetricsCalculator.Compute(UtteranceReader.Read(files, normalizer, bytesRead));
}
