namespace ReleaseGates.Engine.Gates;

/// <summary>A validated gates.json.</summary>
/// <param name="Budgets">In gates.json order; results are reported in the same order.</param>
/// <param name="MinSamples"><c>slices.min_samples</c>: slices smaller than this on either side are too small to judge.</param>
public sealed record GatesConfig(
    string FilePath,
    ReleaseInfo Release,
    EvaluationSource Baseline,
    EvaluationSource Canary,
    IReadOnlyList<Budget> Budgets,
    decimal? MinSamples,
    IReadOnlyList<Waiver> Waivers,
    CapacityConfig? Capacity,
    StatisticsConfig? Statistics);
