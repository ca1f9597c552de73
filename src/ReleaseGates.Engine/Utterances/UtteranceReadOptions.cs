using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>How to read one side's per-utterance files.</summary>
/// <param name="Normalizer">Applied to every text before it is scored.</param>
/// <param name="Format">How the files spell their fields.</param>
/// <param name="Fingerprint">Keep what <see cref="EvalSetFingerprint"/> needs (the metrics command writes it).</param>
public sealed record UtteranceReadOptions(ITextNormalizer Normalizer, UtteranceFormat Format = UtteranceFormat.Lines, bool Fingerprint = false)
{
    public static UtteranceReadOptions Standard { get; } = new(StandardTextNormalizer.Instance);
}
