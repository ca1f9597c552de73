using System.Collections.Generic;

namespace ReleaseGates.Engine.Gates;

/// <summary>A validated gates.json.</summary>
public sealed class GatesConfig
{
    public GatesConfig(
        string filePath,
        ReleaseInfo release,
        EvaluationSource baseline,
        EvaluationSource canary,
        IReadOnlyList<Budget> budgets,
        decimal? minSamples,
        IReadOnlyList<Waiver> waivers,
        CapacityConfig? capacity,
        StatisticsConfig? statistics)
    {
        FilePath = filePath;
        Release = release;
        Baseline = baseline;
        Canary = canary;
        Budgets = budgets;
        MinSamples = minSamples;
        Waivers = waivers;
        Capacity = capacity;
        Statistics = statistics;
    }

    public string FilePath { get; }

    public ReleaseInfo Release { get; }

    public EvaluationSource Baseline { get; }

    public EvaluationSource Canary { get; }

    /// <summary>In gates.json order; results are reported in the same order.</summary>
    public IReadOnlyList<Budget> Budgets { get; }

    /// <summary><c>slices.min_samples</c>: slices smaller than this on either side are too small to judge.</summary>
    public decimal? MinSamples { get; }

    public IReadOnlyList<Waiver> Waivers { get; }

    public CapacityConfig? Capacity { get; }

    public StatisticsConfig? Statistics { get; }
}
