namespace ReleaseGates.Simulation.Data;

/// <summary>
/// How one side's model transcribes the latent utterances. <see cref="Unchanged"/> is the serving model; an A/A canary
/// is <see cref="Unchanged"/> again (only the run's noise differs).
/// </summary>
/// <param name="RegressedSlice">A tenant slice whose WER the model raises by <paramref name="RegressionPoints"/> (absolute percentage points).</param>
/// <param name="AppliesCallEffects">The model's error rate moves by each call's <see cref="LatentUtterance.CallEffect"/> (better on some calls, worse on others).</param>
/// <param name="FirstPartialTimeoutRate">Share of utterances whose first partial never came (written as <c>Infinity</c>).</param>
/// <param name="FinalTimeoutRate">Share of utterances whose final result never came (written as <c>Infinity</c>).</param>
internal sealed record ModelBehaviour(
    string? RegressedSlice = null,
    double RegressionPoints = 0,
    bool AppliesCallEffects = false,
    double FirstPartialTimeoutRate = 0,
    double FinalTimeoutRate = 0)
{
    public static ModelBehaviour Unchanged { get; } = new();

    public bool TimesOut => FirstPartialTimeoutRate > 0 || FinalTimeoutRate > 0;
}
