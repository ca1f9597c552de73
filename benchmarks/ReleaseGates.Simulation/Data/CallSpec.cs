namespace ReleaseGates.Simulation.Data;

/// <summary>
/// Utterances that come in calls (contract §8 <c>group</c>): consecutive turns of one caller share the audio
/// conditions, so their error rates move together, and a new model can treat one caller better and another worse.
/// </summary>
/// <param name="DifficultySigma">Log-scale spread of a call's difficulty (1.0: a hard call has several times the WER of an easy one).</param>
/// <param name="WithinCallSigma">Log-scale spread of the utterances within one call, around the call's difficulty.</param>
/// <param name="CanaryEffectSigma">
/// Spread of the canary's per-call relative change of error rate: normal with mean zero, clipped symmetrically, so the
/// canary is no better or worse on average but better on some calls and worse on others.
/// </param>
internal sealed record CallSpec(int MinUtterances, int MaxUtterances, double DifficultySigma, double WithinCallSigma, double CanaryEffectSigma);
