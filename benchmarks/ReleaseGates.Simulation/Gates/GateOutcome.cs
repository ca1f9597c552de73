namespace ReleaseGates.Simulation.Gates;

/// <summary>What the engine decided for one gate, read back from its JSON report (contract §4).</summary>
/// <param name="Decision">continue, pause or rollback; null when the input was invalid (see <paramref name="Errors"/>).</param>
/// <param name="CriticalValue">The report's <c>statistics.critical_value</c> (the max-T critical value), when the engine reports one.</param>
internal sealed record GateOutcome(string? Decision, IReadOnlyList<ResultOutcome> Results, IReadOnlyList<string> Errors, double? CriticalValue = null)
{
    public bool IsRollback => Decision == "rollback";

    public bool IsPause => Decision == "pause";

    public bool IsInvalid => Decision is null;
}

/// <summary>One judged budget on one slice (null: overall).</summary>
/// <param name="SamplesNeeded">Only on inconclusive results of an engine that implements contract §7; null otherwise.</param>
internal sealed record ResultOutcome(
    string Budget,
    string? Slice,
    string Status,
    string Action,
    long? SamplesNeeded,
    double? Baseline,
    double? Canary,
    string Reason);
