using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Evaluation;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Tests.Decision;

/// <summary>Invariants over many generated budgets and values (seeded, so a failure reproduces).</summary>
public sealed class DecisionPropertyTests
{
    private const int Cases = 5000;

    private static GatesConfig Config(Budget budget) => new(
        "/repo/gates.json",
        ReleaseInfo.Empty,
        EvaluationSource.File("baseline", "b.json", "/repo/b.json", TextPosition.None),
        EvaluationSource.File("canary", "c.json", "/repo/c.json", TextPosition.None),
        new[] { budget },
        MinSamples: null,
        Array.Empty<Waiver>(),
        Capacity: null,
        Statistics: null);

    private static EvaluationOutput Output(decimal value) =>
        new("/repo/x.json", new MetricSet(null, new Dictionary<string, MetricValue> { ["m"] = MetricValue.Number(value, TextPosition.None) }), []);

    private static decimal Value(Random random) => Math.Round((decimal)random.NextDouble() * 2 - 0.5m, random.Next(0, 6));

    /// <summary>
    /// A budget whose absolute bound faces its direction (max for lower-is-better, min for higher-is-better): a
    /// bound against the direction, e.g. a floor on WER that catches a broken evaluation, is not monotone by design.
    /// </summary>
    private static Budget RandomBudget(Random random)
    {
        decimal? Maybe(decimal value) => random.Next(3) == 0 ? null : value;
        var lower = random.Next(2) == 0;
        var allowedDelta = Maybe(Math.Abs(Value(random)));
        var relative = Maybe(Math.Abs(Value(random)));
        var max = lower ? Maybe(Value(random) + 1) : null;
        var min = lower ? null : Maybe(Value(random) - 1);
        if (allowedDelta is null && relative is null && max is null && min is null)
        {
            allowedDelta = 0.01m;
        }

        return new Budget(
            "m",
            lower ? Direction.LowerIsBetter : Direction.HigherIsBetter,
            allowedDelta,
            relative,
            max,
            min,
            random.Next(2) == 0 ? RegressionAction.Rollback : RegressionAction.Pause,
            MissingAction.Pause,
            TextPosition.None);
    }

    private static CanaryDecision Decide(Budget budget, decimal baseline, decimal canary) =>
        GateEvaluator.Evaluate(Config(budget), Output(baseline), Output(canary), Workspace.Today).Decision!.Value;

    [Fact]
    public void A_worse_canary_never_gets_a_better_decision()
    {
        var random = new Random(20261125);
        for (var i = 0; i < Cases; i++)
        {
            var budget = RandomBudget(random);
            var baseline = Value(random);
            var canary = Value(random);
            var worsening = Math.Abs(Value(random));
            var worse = budget.Direction == Direction.LowerIsBetter ? canary + worsening : canary - worsening;

            Assert.True(
                Decide(budget, baseline, worse) >= Decide(budget, baseline, canary),
                $"case {i}: baseline {baseline}, canary {canary} vs worse {worse}");
        }
    }

    [Fact]
    public void A_canary_exactly_on_its_allowance_never_rolls_back()
    {
        var random = new Random(7);
        for (var i = 0; i < Cases; i++)
        {
            var allowed = Math.Abs(Value(random));
            var baseline = Value(random);
            var lower = random.Next(2) == 0;
            var budget = new Budget("m", lower ? Direction.LowerIsBetter : Direction.HigherIsBetter, allowed, null, null, null, RegressionAction.Rollback, MissingAction.Pause, TextPosition.None);

            Assert.Equal(CanaryDecision.Continue, Decide(budget, baseline, lower ? baseline + allowed : baseline - allowed));
        }
    }

    [Fact]
    public void A_canary_exactly_on_its_relative_allowance_never_rolls_back()
    {
        var random = new Random(11);
        for (var i = 0; i < Cases; i++)
        {
            var relative = Math.Round((decimal)random.NextDouble(), 2);
            var baseline = Value(random);
            var budget = new Budget("m", Direction.LowerIsBetter, null, relative, null, null, RegressionAction.Rollback, MissingAction.Pause, TextPosition.None);

            Assert.Equal(CanaryDecision.Continue, Decide(budget, baseline, baseline + relative * Math.Abs(baseline)));
        }
    }

    [Fact]
    public void An_identical_canary_continues_unless_it_breaks_an_absolute_bound()
    {
        var random = new Random(3);
        for (var i = 0; i < Cases; i++)
        {
            var budget = RandomBudget(random);
            var value = Value(random);
            var withinBounds = (budget.Max is null || value <= budget.Max) && (budget.Min is null || value >= budget.Min);

            Assert.Equal(withinBounds, Decide(budget, value, value) == CanaryDecision.Continue);
        }
    }
}
