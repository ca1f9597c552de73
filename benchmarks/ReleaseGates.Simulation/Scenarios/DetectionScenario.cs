using System.Globalization;
using System.Text;
using ReleaseGates.Simulation.Gates;
using ReleaseGates.Simulation.Reporting;

namespace ReleaseGates.Simulation.Scenarios;

/// <summary>
/// Scenario 4: a real regression. The canary raises one 1,000-utterance tenant slice's WER by a given number of
/// points (multiplicatively, so hard audio gets worse most) and leaves everything else as it was; the gate is scenario
/// 1's (20 tenants × 3 budgets), so detection pays the whole gate's multiplicity. Detection = rollback; issue 9's
/// target is ≥ 90 % at +3 points. The power curve repeats it over effect sizes (0 is an A/A check of this gate), and
/// at +1 and +2 points also with a gate that has the wer budget only: the price of the other results in power.
/// </summary>
internal sealed class DetectionScenario
{
    public const string Name = "4. detection";

    private static readonly double[] CurveEffects = { 0, 0.5, 1, 2, 3, 5 };

    /// <summary>Effects at which the wer-only gate is compared: where power is neither 0 nor 100 %.</summary>
    private static readonly double[] WerOnlyEffects = { 1, 2 };
    private const double HeadlineEffect = 3;

    private readonly ScenarioShapes _shapes;
    private readonly SimulationOptions _options;

    public DetectionScenario(ScenarioShapes shapes, SimulationOptions options)
    {
        _shapes = shapes;
        _options = options;
    }

    public ScenarioReport Run(BatchRunner runner)
    {
        var rows = new List<(double Effect, IReadOnlyList<GateRun> Runs)>();
        foreach (var effect in CurveEffects)
        {
            var count = effect == HeadlineEffect ? _options.Gates : _options.PowerGates;
            var key = string.Create(CultureInfo.InvariantCulture, $"detect-{effect:0.0}");
            rows.Add((effect, runner.Run(new GateBatch(key, count, _ => _shapes.Regression(effect)))));
        }

        var werOnlyRows = new List<(double Effect, IReadOnlyList<GateRun> Runs)>();
        foreach (var effect in WerOnlyEffects)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"detect-wer-only-{effect:0.0}");
            werOnlyRows.Add((effect, runner.Run(new GateBatch(key, _options.PowerGates, _ => _shapes.RegressionWerOnly(effect)))));
        }

        var headlineRuns = rows.Single(r => r.Effect == HeadlineEffect).Runs;
        var headline = headlineRuns.Where(r => !r.Outcome.IsInvalid).ToList();
        var figures = new List<Figure>
        {
            new(Name, $"detection of +3 WER points on {_shapes.RegressedSlice} (decision rollback)", headline.Count(r => r.Outcome.IsRollback), headline.Count, Target.AtLeast(0.90), InvalidGates.Note(headlineRuns)),
            new(Name, "the same gates paused instead", headline.Count(r => r.Outcome.IsPause), headline.Count),
            new(Name, $"the regressed slice's own wer result regressed", headline.Count(r => SliceRegressed(r)), headline.Count),
        };

        var details = new StringBuilder();
        details.Append("Scenario 1's gate (20 tenants × `wer`, `first_partial_ms_p95`, `final_ms_p99`) with ")
            .Append(_shapes.RegressedSlice).Append(" at ").Append(ScenarioShapes.RegressedSliceUtterances.ToString("#,0", CultureInfo.InvariantCulture))
            .Append(" utterances and of typical difficulty (WER about 9 %); the canary raises that slice's expected WER by the effect (per-word error rates scaled, solved so the expected WER rises by exactly that many points) and changes nothing else.\n\n")
            .Append(FigureTable.Markdown(figures)).Append('\n')
            .Append("Power curve (rollback = detected):\n\n");
        AppendCurveHeader(details);
        AppendCurve(details, rows);
        details.Append("\nThe same regression judged by a gate with the `wer` budget only (21 results instead of 63), to show what the latency percentiles in the same gate cost the WER results in power:\n\n");
        AppendCurveHeader(details);
        AppendCurve(details, werOnlyRows);
        details.Append("\nWhere the +3-point gates' rollbacks and pauses came from:\n\n")
            .Append(OutcomeBreakdown.Markdown(rows.Single(r => r.Effect == HeadlineEffect).Runs));

        var inconclusive = rows.SelectMany(row => row.Runs.Where(r => !r.Outcome.IsInvalid)
            .SelectMany(r => r.Outcome.Results.Where(x => x.Status == "inconclusive")
                .Select(x => new FollowUpCandidate(string.Create(CultureInfo.InvariantCulture, $"{Name} +{row.Effect:0.0}"), r, x))))
            .ToList();
        return new ScenarioReport("4. Detection: +3 WER points on one 1,000-utterance slice, and the power curve", figures, details.ToString(), inconclusive);
    }

    private static void AppendCurveHeader(StringBuilder details) => details
        .Append("| effect (WER points) | gates | rollback | 95 % interval | pause | continue | slice's `wer` regressed | slice's `wer` inconclusive | mean slice WER, baseline → canary | mean critical value |\n")
        .Append("|---|---|---|---|---|---|---|---|---|---|\n");

    private void AppendCurve(StringBuilder details, List<(double Effect, IReadOnlyList<GateRun> Runs)> rows)
    {
        foreach (var (effect, runs) in rows)
        {
            var valid = runs.Where(r => !r.Outcome.IsInvalid).ToList();
            var rollback = valid.Count(r => r.Outcome.IsRollback);
            var (low, high) = BinomialInterval.Of(rollback, valid.Count);
            var slice = valid.Select(SliceResult).Where(x => x is not null).ToList();
            details.Append(string.Create(CultureInfo.InvariantCulture,
                $"| +{effect:0.0} | {valid.Count} | {FigureTable.Percent(Rate(rollback, valid.Count))} | {FigureTable.Percent(low)} – {FigureTable.Percent(high)} "
                + $"| {FigureTable.Percent(Rate(valid.Count(r => r.Outcome.IsPause), valid.Count))} | {FigureTable.Percent(Rate(valid.Count(r => r.Outcome.Decision == "continue"), valid.Count))} "
                + $"| {FigureTable.Percent(Rate(slice.Count(x => x!.Status == "regressed"), valid.Count))} | {FigureTable.Percent(Rate(slice.Count(x => x!.Status == "inconclusive"), valid.Count))} "
                + $"| {Mean(slice.Select(x => x!.Baseline)):0.0000} → {Mean(slice.Select(x => x!.Canary)):0.0000} | {Mean(valid.Select(r => r.Outcome.CriticalValue)):0.00} |\n"));
        }
    }

    private ResultOutcome? SliceResult(GateRun run) =>
        run.Outcome.Results.FirstOrDefault(x => x.Budget == "wer" && x.Slice == _shapes.RegressedSlice);

    private bool SliceRegressed(GateRun run) => SliceResult(run)?.Status == "regressed";

    private static double Rate(int count, int total) => total == 0 ? double.NaN : (double)count / total;

    private static double Mean(IEnumerable<double?> values)
    {
        var list = values.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).ToList();
        return list.Count == 0 ? double.NaN : list.Average();
    }
}
