using ReleaseGates.Simulation.Data;

namespace ReleaseGates.Simulation.Scenarios;

/// <summary>The six scenarios in the order they run; scenario 6 follows up what 1–4 left inconclusive.</summary>
internal static class ScenarioCatalog
{
    /// <summary>A scenario to run: its number and how to run it given the inconclusive results seen so far.</summary>
    internal sealed record Entry(int Number, Func<BatchRunner, IReadOnlyList<FollowUpCandidate>, ScenarioReport> Run);

    public static IReadOnlyList<Entry> All(ScenarioShapes shapes, SimulationOptions options) => new Entry[]
    {
        new(1, (runner, _) => new AaScenario(
            "1. A/A 20×3",
            "1. A/A: 20 tenant slices × `wer`, `first_partial_ms_p95`, `final_ms_p99`",
            "The same model evaluated twice on the same utterances: 20 tenants of 300–1,000 utterances, budgets `wer` "
            + "(`allowed_delta` 0.005), `first_partial_ms_p95` and `final_ms_p99` (`allowed_relative_delta` 0.10), statistics on. "
            + "Every difference is run-to-run noise — binomial word errors on overdispersed difficulty, latency jitter with "
            + "a Pareto tail of spikes — so any rollback or pause is false. A p99 of a few hundred utterances rests on its top "
            + "few values: between two runs of the same model it moves by about 8 % (median), often beyond a 10 % allowance.",
            new GateBatch("aa-20x3", options.Gates, _ => shapes.TwentyTenantsThreeBudgets(ModelBehaviour.Unchanged))).Run(runner)),

        new(2, (runner, _) => new AaScenario(
            "2. A/A 50×wer",
            "2. A/A: 50 tenant slices × `wer`",
            "The same model twice, 50 tenants of 200–800 utterances, one budget (`wer`, `allowed_delta` 0.005): 51 results. "
            + "Judged one by one at 95 %, some slice almost always looks worse; the gate as a whole must hold the error rate.",
            new GateBatch("aa-50-wer", options.Gates, _ => shapes.FiftyTenantsWer())).Run(runner)),

        new(3, (runner, _) => new AaScenario(
            "3. A/A calls",
            "3. A/A with correlated calls (`group`)",
            "10 tenants of 400–1,000 utterances in calls of 5–20 utterances (`group`: the call id), sliced by tenant and by "
            + "channel (phone/app/web, per call): 14 `wer` results. Calls differ strongly in difficulty (log-sd 1.0), and the "
            + "canary is better on some calls and worse on others (a per-call relative change of error rate, normal with "
            + "mean 0 and sd 50 %, clipped symmetrically at ±80 %): no change on average, but the utterances of a call move together. Each gate draws new "
            + "calls, so the population truth is \"no change\"; resampling lines as if independent understates the noise.",
            new GateBatch("aa-calls", options.Gates, _ => shapes.CorrelatedCallsWer())).Run(runner)),

        new(4, (runner, _) => new DetectionScenario(shapes, options).Run(runner)),
        new(5, (runner, _) => new TimeoutScenario(shapes, options).Run(runner)),
        new(6, (runner, inconclusive) => new FollowThroughScenario(options).Run(runner, inconclusive)),
    };
}
