using System.Text;
using ReleaseGates.Simulation.Gates;
using ReleaseGates.Simulation.Reporting;

namespace ReleaseGates.Simulation.Scenarios;

/// <summary>
/// An A/A scenario: the canary is the same model again (or, with calls, a model that is no better or worse on average),
/// so every rollback is a false rollback and every pause a false pause. Issue 9's targets: rollback ≤ 5 %, pause ≤ 20 %.
/// </summary>
internal sealed class AaScenario
{
    private readonly string _name;
    private readonly string _title;
    private readonly string _why;
    private readonly GateBatch _batch;

    /// <param name="name">The short name in the summary table ("1. A/A 20×3").</param>
    /// <param name="why">One paragraph on what is simulated and why it is realistic, for the details section.</param>
    public AaScenario(string name, string title, string why, GateBatch batch)
    {
        _name = name;
        _title = title;
        _why = why;
        _batch = batch;
    }

    public ScenarioReport Run(BatchRunner runner)
    {
        var runs = runner.Run(_batch);
        var valid = runs.Where(r => !r.Outcome.IsInvalid).ToList();
        var figures = new List<Figure>
        {
            new(_name, "false rollback (A/A decision rollback)", valid.Count(r => r.Outcome.IsRollback), valid.Count, Target.AtMost(0.05), InvalidGates.Note(runs)),
            new(_name, "false pause (A/A decision pause)", valid.Count(r => r.Outcome.IsPause), valid.Count, Target.AtMost(0.20), InvalidGates.Note(runs)),
        };
        var details = new StringBuilder()
            .Append(_why).Append("\n\n")
            .Append(FigureTable.Markdown(figures)).Append('\n')
            .Append(OutcomeBreakdown.Markdown(runs));
        var inconclusive = valid
            .SelectMany(r => r.Outcome.Results.Where(x => x.Status == "inconclusive").Select(x => new FollowUpCandidate(_name, r, x)))
            .ToList();
        return new ScenarioReport(_title, figures, details.ToString(), inconclusive);
    }
}
