using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>
/// What an evaluation output says about how it was made (contract §9): the normaliser that scored it and the
/// fingerprint of its evaluation set. Two outputs are comparable only when these agree.
/// </summary>
/// <param name="Normalizer">"standard/1"; null when the output does not say.</param>
/// <param name="Fingerprint">"sha256:..." of the sorted ids and normalised references; null when not given.</param>
/// <param name="Utterances">How many utterances the evaluation set has, when given.</param>
public sealed record EvalSetIdentity(string? Normalizer, TextSpan NormalizerSpan, string? Fingerprint, TextSpan FingerprintSpan, long? Utterances)
{
    public static EvalSetIdentity Unknown { get; } = new(null, TextSpan.None, null, TextSpan.None, null);
}
