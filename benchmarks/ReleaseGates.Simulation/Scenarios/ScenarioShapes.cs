using ReleaseGates.Simulation.Data;
using ReleaseGates.Simulation.Gates;
using ReleaseGates.Simulation.Randomness;

namespace ReleaseGates.Simulation.Scenarios;

/// <summary>
/// The gates the scenarios simulate, in one place: which tenants, how big, which budgets. Tenant slices of 300 to
/// 1,000 utterances are what tenant slices of a real evaluation set hold (a day or two of sampled, transcribed
/// traffic per tenant); the budgets are the ones issue 9 tried.
/// </summary>
internal sealed class ScenarioShapes
{
    /// <summary>The size of the slice a regression is planted in (issue 9: "one 1,000-utterance slice").</summary>
    public const int RegressedSliceUtterances = 1000;

    private readonly SimulationOptions _options;

    public ScenarioShapes(SimulationOptions options)
    {
        _options = options;
        TwentyTenants = TenantRoster.Create(20, 300, 1000, RosterSeed("twenty"));
        FiftyTenants = TenantRoster.Create(50, 200, 800, RosterSeed("fifty"));
        CallTenants = TenantRoster.Create(10, 400, 1000, RosterSeed("calls"));
    }

    /// <summary>Scenarios 1, 4 and 5: a product with 20 tenants, 300 to 1,000 utterances each.</summary>
    public IReadOnlyList<TenantSpec> TwentyTenants { get; }

    /// <summary>Scenario 2: 50 tenants, 200 to 800 utterances each.</summary>
    public IReadOnlyList<TenantSpec> FiftyTenants { get; }

    /// <summary>Scenario 3: 10 tenants of 400 to 1,000 utterances that come in calls.</summary>
    public IReadOnlyList<TenantSpec> CallTenants { get; }

    /// <summary>Scenario 4's regressed slice: the first of the twenty tenants, at 1,000 utterances.</summary>
    public string RegressedSlice => TwentyTenants[0].Slice;

    private StatisticsSpec Statistics => new(_options.Confidence, _options.Resamples, _options.OmitStatistics);

    private static IReadOnlyList<BudgetSpec> ThreeBudgets { get; } = new[]
    {
        BudgetSpec.Wer(0.005m),
        BudgetSpec.Relative("first_partial_ms_p95", 0.10m),
        BudgetSpec.Relative("final_ms_p99", 0.10m),
    };

    /// <summary>Scenario 1: 20 tenant slices × wer, first_partial_ms_p95, final_ms_p99 (63 results with overall).</summary>
    public GateSpec TwentyTenantsThreeBudgets(ModelBehaviour canary) =>
        new(new EvalSetSpec(TwentyTenants), ThreeBudgets, canary, Statistics);

    /// <summary>Scenario 2: 50 tenant slices × wer (51 results).</summary>
    public GateSpec FiftyTenantsWer() =>
        new(new EvalSetSpec(FiftyTenants), new[] { BudgetSpec.Wer(0.005m) }, ModelBehaviour.Unchanged, Statistics);

    /// <summary>
    /// Scenario 3: calls of 5 to 20 utterances whose difficulty differs strongly (log-sd 1.0, within a call 0.4); the
    /// canary's error rate moves per call by a mean-zero relative effect (sd 50 %, clipped at ±80 %). Slices by tenant and by channel.
    /// </summary>
    public GateSpec CorrelatedCallsWer() =>
        new(
            new EvalSetSpec(CallTenants, new CallSpec(5, 20, DifficultySigma: 1.0, WithinCallSigma: 0.4, CanaryEffectSigma: 0.5), ChannelSlices: true),
            new[] { BudgetSpec.Wer(0.005m) },
            new ModelBehaviour(AppliesCallEffects: true),
            Statistics);

    /// <summary>
    /// Scenario 4: scenario 1's gate with the first tenant at 1,000 utterances and of typical difficulty (its WER near
    /// the product's, about 9 %: an easy tenant would make +3 points a large relative change and detection too easy),
    /// its WER raised by <paramref name="points"/>.
    /// </summary>
    public GateSpec Regression(double points)
    {
        var tenants = TwentyTenants.Select((t, i) => i == 0 ? t with { Utterances = RegressedSliceUtterances, Difficulty = 1.0 } : t).ToList();
        return new GateSpec(new EvalSetSpec(tenants), ThreeBudgets, new ModelBehaviour(RegressedSlice: RegressedSlice, RegressionPoints: points), Statistics);
    }

    /// <summary>
    /// Scenario 4's comparison: the same regression judged by a gate with the <c>wer</c> budget only (21 results), to
    /// show what judging the latency percentiles in the same gate costs the WER results in power.
    /// </summary>
    public GateSpec RegressionWerOnly(double points) => Regression(points) with { Budgets = new[] { BudgetSpec.Wer(0.005m) } };

    /// <summary>Scenario 5: scenario 1's tenants, one latency budget, a canary that times out on a share of utterances.</summary>
    public GateSpec Timeouts(BudgetSpec budget, ModelBehaviour canary) =>
        new(new EvalSetSpec(TwentyTenants), new[] { budget }, canary, Statistics);

    private ulong RosterSeed(string name) => Seeds.Derive(_options.Seed, Seeds.Of("roster"), Seeds.Of(name));
}
