using System.Globalization;
using System.Text;
using ReleaseGates.Simulation.Data;
using ReleaseGates.Simulation.Gates;
using ReleaseGates.Simulation.Reporting;

namespace ReleaseGates.Simulation.Scenarios;

/// <summary>
/// Scenario 5: a canary that times out on 8 % of utterances, written as Python's json writes it
/// (<c>"first_partial_ms": Infinity</c>), must roll back on a percentile budget of that latency: a timeout is the worst
/// latency (contract §7). With 8 % timed out, the canary's p95 and p99 are infinite. Every latency field is tried. Half
/// the timeouts are the would-be slowest utterances (a client deadline), so dropping them makes the percentile look better.
/// </summary>
internal sealed class TimeoutScenario
{
    public const string Name = "5. timeouts";
    private const double TimeoutShare = 0.08;

    private readonly ScenarioShapes _shapes;
    private readonly SimulationOptions _options;

    public TimeoutScenario(ScenarioShapes shapes, SimulationOptions options)
    {
        _shapes = shapes;
        _options = options;
    }

    public ScenarioReport Run(BatchRunner runner)
    {
        var variants = new (string Key, string Label, BudgetSpec Budget, ModelBehaviour Canary)[]
        {
            ("timeouts-first-partial", "8 % `first_partial_ms` timeouts, `first_partial_ms_p95` budget",
                BudgetSpec.Relative("first_partial_ms_p95", 0.10m), new ModelBehaviour(FirstPartialTimeoutRate: TimeoutShare)),
            ("timeouts-final", "8 % `final_ms` timeouts, `final_ms_p99` budget",
                BudgetSpec.Relative("final_ms_p99", 0.10m), new ModelBehaviour(FinalTimeoutRate: TimeoutShare)),
        };

        var figures = new List<Figure>();
        var details = new StringBuilder();
        details.Append("Scenario 1's tenants; one latency budget (`allowed_relative_delta` 0.10); the canary is the same model except that 8 % of its utterances never produced that latency (`Infinity`): the 4 % that would have been slowest (cut off by a deadline) and 4 % at random (hangs). The overall result should be `regressed` (the canary's percentile is infinite); a canary percentile reported *below* the baseline's means the timeouts were dropped.\n\n")
            .Append("| variant | gates | continue | pause | rollback | overall result regressed | overall canary reported below baseline | overall result: baseline → canary (mean of the reported values) |\n")
            .Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var variant in variants)
        {
            var runs = runner.Run(new GateBatch(variant.Key, _options.TimeoutGates, _ => _shapes.Timeouts(variant.Budget, variant.Canary)));
            var valid = runs.Where(r => !r.Outcome.IsInvalid).ToList();
            figures.Add(new Figure(Name, $"rollback with {variant.Label}", valid.Count(r => r.Outcome.IsRollback), valid.Count, Target.AtLeast(1.0), InvalidGates.Note(runs)));
            var overall = valid.Select(r => r.Outcome.Results.FirstOrDefault(x => x.Slice is null)).Where(x => x is not null).ToList();
            var looksBetter = overall.Count(x => x!.Canary < x.Baseline);
            figures.Add(new Figure(Name, $"canary percentile reported better than baseline's ({variant.Budget.Metric}, overall)", looksBetter, valid.Count, Target.AtMost(0)));
            details.Append(string.Create(CultureInfo.InvariantCulture,
                $"| {variant.Label} | {valid.Count} | {valid.Count(r => r.Outcome.Decision == "continue")} | {valid.Count(r => r.Outcome.IsPause)} | {valid.Count(r => r.Outcome.IsRollback)} "
                + $"| {overall.Count(x => x!.Status == "regressed")} | {looksBetter} | {Mean(overall.Select(x => x!.Baseline))} → {Mean(overall.Select(x => x!.Canary))} |\n"));
        }

        details.Append('\n').Append(FigureTable.Markdown(figures));
        return new ScenarioReport("5. Timeouts are the worst latency", figures, details.ToString(), Array.Empty<FollowUpCandidate>());
    }

    /// <summary>"412.3 ms", "Infinity" when any value is infinite, "–" when none was reported.</summary>
    private static string Mean(IEnumerable<double?> values)
    {
        var list = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (list.Count == 0)
        {
            return "–";
        }

        return list.Any(double.IsPositiveInfinity) ? "Infinity" : list.Average().ToString("0.0", CultureInfo.InvariantCulture) + " ms";
    }
}
