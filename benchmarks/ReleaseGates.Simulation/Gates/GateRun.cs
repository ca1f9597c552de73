namespace ReleaseGates.Simulation.Gates;

/// <summary>One simulated gate, start to end: what was simulated, what the engine said, and what it cost.</summary>
internal sealed record GateRun(
    int Index,
    GateSpec Spec,
    ulong Seed,
    IReadOnlyDictionary<string, int> SliceCounts,
    GateOutcome Outcome,
    TimeSpan GenerateTime,
    TimeSpan EngineTime);
