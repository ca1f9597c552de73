using ReleaseGates.Simulation.Randomness;

namespace ReleaseGates.Simulation.Data;

/// <summary>
/// One evaluation run of a model over the latent utterances: fresh transcription and latency noise from its own
/// random stream, the model's behaviour applied to each utterance's error rate.
/// </summary>
internal sealed class ModelRun
{
    private const double MaxErrorRate = 0.95;

    private readonly ModelBehaviour _behaviour;
    private readonly SimRandom _random;
    private readonly double _regressionScale;

    public ModelRun(ModelBehaviour behaviour, IReadOnlyList<LatentUtterance> utterances, SimRandom random)
    {
        _behaviour = behaviour;
        _random = random;
        _regressionScale = behaviour.RegressedSlice is { } slice
            ? RegressionScale.For(utterances.Where(u => u.Slices.Contains(slice)).ToList(), behaviour.RegressionPoints / 100, MaxErrorRate)
            : 1;
    }

    public SimulatedLine Transcribe(LatentUtterance utterance)
    {
        var errorRate = ErrorRate(utterance);
        var hypothesis = TranscriptSimulator.Hypothesis(utterance.ReferenceWords, errorRate, _random);
        var partials = TranscriptSimulator.Partials(hypothesis, errorRate, _random);
        return new SimulatedLine(
            utterance,
            Transcripts.AsWritten(hypothesis, _random),
            partials,
            LatencySimulator.Sample(utterance.FirstPartialBaseMs, _random),
            LatencySimulator.Sample(utterance.FinalBaseMs, _random));
    }

    private double ErrorRate(LatentUtterance utterance)
    {
        var rate = utterance.ErrorRate;
        if (_behaviour.RegressedSlice is { } slice && utterance.Slices.Contains(slice))
        {
            rate *= _regressionScale;
        }

        if (_behaviour.AppliesCallEffects)
        {
            rate *= 1 + utterance.CallEffect;
        }

        return Math.Min(MaxErrorRate, rate);
    }
}
