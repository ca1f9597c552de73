using ReleaseGates.Simulation.Gates;
using ReleaseGates.Simulation.Reporting;

namespace ReleaseGates.Simulation.Scenarios;

/// <summary>What one scenario measured: its figures for the summary table, a Markdown section of details, and the inconclusive results it saw.</summary>
internal sealed record ScenarioReport(
    string Title,
    IReadOnlyList<Figure> Figures,
    string Details,
    IReadOnlyList<FollowUpCandidate> Inconclusive)
{
    public TimeSpan Elapsed { get; init; }
}

/// <summary>An inconclusive result, with the gate it came from: scenario 6 follows its samples_needed.</summary>
internal sealed record FollowUpCandidate(string Scenario, GateRun Run, ResultOutcome Result);
