namespace ReleaseGates.Simulation.Data;

/// <summary>One per-utterance line of one side (contract §6), ready to be written.</summary>
internal sealed record SimulatedLine(
    LatentUtterance Utterance,
    string HypothesisText,
    List<string> Partials,
    double FirstPartialMs,
    double FinalMs);
