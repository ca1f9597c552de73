using ReleaseGates.Engine.Decision;

namespace ReleaseGates.Engine.Tests.Decision;

/// <summary>Contract §3, a sentence at a time, through the whole gate (files in, report out).</summary>
public sealed class DecisionTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private GateReport Run(string budgets, string baseline, string canary, string extra = "", DateTime? today = null)
    {
        _workspace.Gates(budgets, extra).Baseline(baseline).Canary(canary);
        var report = _workspace.Run(today);
        Assert.True(report.IsValid, string.Join("\n", report.Errors));
        return report;
    }

    private BudgetResult Single(string budget, string baseline, string canary) =>
        Assert.Single(Run($$"""{ "m": {{budget}} }""", baseline, canary).Results);

    // 1. Missing metrics.

    [Theory]
    [InlineData("""{ }""", """{ "m": 1 }""", "baseline does not report it")]
    [InlineData("""{ "m": 1 }""", """{ }""", "canary does not report it")]
    [InlineData("""{ "m": 1 }""", """{ "m": NaN }""", "canary value is NaN (not a finite number)")]
    [InlineData("""{ "m": Infinity }""", """{ "m": 1 }""", "baseline value is Infinity (not a finite number)")]
    [InlineData("""{ "m": 1 }""", """{ "m": 1e400 }""", "too large for any number representation")]
    [InlineData("""{ "m": 1 }""", """{ "m": "n/a" }""", "canary value is a string, not a number")]
    public void Absent_or_non_finite_metrics_are_missing_and_pause_by_default(string baseline, string canary, string reason)
    {
        var result = Single("""{ "direction": "lower_is_better", "allowed_delta": 0 }""", baseline, canary);

        Assert.Equal(ResultStatus.Missing, result.Status);
        Assert.Equal(GateAction.Pause, result.Action);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rollback", GateAction.Rollback)]
    [InlineData("ignore", GateAction.Continue)]
    [InlineData("pause", GateAction.Pause)]
    public void Missing_metrics_take_the_budgets_on_missing_action(string onMissing, GateAction action)
    {
        var result = Single($$"""{ "direction": "lower_is_better", "allowed_delta": 0, "on_missing": "{{onMissing}}" }""", "{}", """{ "m": 1 }""");

        Assert.Equal(ResultStatus.Missing, result.Status);
        Assert.Equal(action, result.Action);
    }

    [Fact]
    public void Missing_on_both_sides_names_both()
    {
        var result = Single("""{ "direction": "lower_is_better", "allowed_delta": 0 }""", "{}", "{}");

        Assert.Contains("baseline does not report it; canary does not report it", result.Reason, StringComparison.Ordinal);
    }

    // 2. Slices too small to judge.

    private const string Slice = """{ "metrics": { "m": 1 }, "slices": { "tenant:acme": { "samples": %S, "metrics": { "m": %V } } } }""";

    private static string SliceOutput(string samples, string value) => Slice.Replace("%S", samples).Replace("%V", value);

    [Theory]
    [InlineData("150", "500")]
    [InlineData("500", "150")]
    public void A_slice_with_fewer_samples_than_min_samples_on_either_side_is_insufficient_and_pauses(string baselineSamples, string canarySamples)
    {
        var report = Run(
            """{ "m": { "direction": "lower_is_better", "allowed_delta": 0 } }""",
            SliceOutput(baselineSamples, "1"),
            SliceOutput(canarySamples, "5"),
            "\"slices\": { \"min_samples\": 200 }");

        var slice = report.Results.Single(r => r.Slice == "tenant:acme");
        Assert.Equal(ResultStatus.Insufficient, slice.Status);
        Assert.Equal(GateAction.Pause, slice.Action);
        Assert.Contains("fewer than min_samples 200", slice.Reason, StringComparison.Ordinal);
        Assert.Equal(CanaryDecision.Pause, report.Decision);
    }

    [Fact]
    public void A_slice_exactly_at_min_samples_is_judged()
    {
        var report = Run(
            """{ "m": { "direction": "lower_is_better", "allowed_delta": 0 } }""",
            SliceOutput("200", "1"),
            SliceOutput("200", "5"),
            "\"slices\": { \"min_samples\": 200 }");

        Assert.Equal(ResultStatus.Regressed, report.Results.Single(r => r.Slice == "tenant:acme").Status);
    }

    [Fact]
    public void Slices_that_report_no_samples_are_judged_normally()
    {
        var report = Run(
            """{ "m": { "direction": "lower_is_better", "allowed_delta": 0 } }""",
            """{ "metrics": { "m": 1 }, "slices": { "a": { "metrics": { "m": 1 } } } }""",
            """{ "metrics": { "m": 1 }, "slices": { "a": { "metrics": { "m": 2 } } } }""",
            "\"slices\": { \"min_samples\": 200 }");

        Assert.Equal(ResultStatus.Regressed, report.Results.Single(r => r.Slice == "a").Status);
    }

    [Fact]
    public void The_overall_result_is_not_held_to_min_samples()
    {
        var report = Run(
            """{ "m": { "direction": "lower_is_better", "allowed_delta": 0 } }""",
            """{ "samples": 10, "metrics": { "m": 1 } }""",
            """{ "samples": 10, "metrics": { "m": 1 } }""",
            "\"slices\": { \"min_samples\": 200 }");

        Assert.Equal(ResultStatus.Pass, Assert.Single(report.Results).Status);
    }

    [Fact]
    public void Every_slice_present_in_the_baseline_is_judged_after_the_overall_result()
    {
        var report = Run(
            """{ "m": { "direction": "lower_is_better", "allowed_delta": 0 } }""",
            """{ "metrics": { "m": 1 }, "slices": { "b": { "m": 1 }, "a": { "m": 1 } } }""",
            """{ "metrics": { "m": 1 }, "slices": { "a": { "m": 1 }, "c": { "m": 9 } } }""");

        Assert.Equal(new string?[] { null, "b", "a" }, report.Results.Select(r => r.Slice));
        var missing = report.Results.Single(r => r.Slice == "b");
        Assert.Equal(ResultStatus.Missing, missing.Status);
        Assert.Contains("canary does not report this slice", missing.Reason, StringComparison.Ordinal);
    }

    // 3. Regressions.

    [Theory]
    [InlineData("lower_is_better", "0.08", "0.086", ResultStatus.Regressed)]
    [InlineData("lower_is_better", "0.08", "0.084", ResultStatus.Pass)]
    [InlineData("lower_is_better", "0.08", "0.05", ResultStatus.Pass)]
    [InlineData("higher_is_better", "0.9", "0.894", ResultStatus.Regressed)]
    [InlineData("higher_is_better", "0.9", "0.896", ResultStatus.Pass)]
    [InlineData("higher_is_better", "0.9", "0.99", ResultStatus.Pass)]
    public void A_regression_is_a_worsening_beyond_allowed_delta_in_the_budgets_direction(string direction, string baseline, string canary, ResultStatus status)
    {
        var result = Single($$"""{ "direction": "{{direction}}", "allowed_delta": 0.005 }""", $$"""{ "m": {{baseline}} }""", $$"""{ "m": {{canary}} }""");

        Assert.Equal(status, result.Status);
        Assert.Equal(status == ResultStatus.Regressed ? GateAction.Rollback : GateAction.Continue, result.Action);
    }

    [Theory]
    [InlineData("lower_is_better", "250", "275", ResultStatus.Pass)]
    [InlineData("lower_is_better", "250", "275.01", ResultStatus.Regressed)]
    [InlineData("higher_is_better", "-250", "-275", ResultStatus.Pass)]
    [InlineData("higher_is_better", "-250", "-275.1", ResultStatus.Regressed)]
    public void Allowed_relative_delta_is_a_fraction_of_the_absolute_baseline(string direction, string baseline, string canary, ResultStatus status)
    {
        var result = Single($$"""{ "direction": "{{direction}}", "allowed_relative_delta": 0.10 }""", $$"""{ "m": {{baseline}} }""", $$"""{ "m": {{canary}} }""");

        Assert.Equal(status, result.Status);
    }

    [Theory]
    [InlineData("0", ResultStatus.Pass)]
    [InlineData("0.0001", ResultStatus.Regressed)]
    public void With_a_zero_baseline_any_relative_worsening_is_a_regression(string canary, ResultStatus status)
    {
        var result = Single("""{ "direction": "lower_is_better", "allowed_relative_delta": 0.5 }""", """{ "m": 0 }""", $$"""{ "m": {{canary}} }""");

        Assert.Equal(status, result.Status);
    }

    [Theory]
    [InlineData("300", ResultStatus.Pass)]
    [InlineData("300.5", ResultStatus.Regressed)]
    public void A_canary_beyond_max_regresses_whatever_the_baseline(string canary, ResultStatus status)
    {
        var result = Single("""{ "direction": "lower_is_better", "max": 300 }""", """{ "m": 900 }""", $$"""{ "m": {{canary}} }""");

        Assert.Equal(status, result.Status);
    }

    [Theory]
    [InlineData("0.85", ResultStatus.Pass)]
    [InlineData("0.849", ResultStatus.Regressed)]
    public void A_canary_below_min_regresses_whatever_the_baseline(string canary, ResultStatus status)
    {
        var result = Single("""{ "direction": "higher_is_better", "min": 0.85 }""", """{ "m": 0.5 }""", $$"""{ "m": {{canary}} }""");

        Assert.Equal(status, result.Status);
    }

    [Fact]
    public void Every_given_limit_must_hold()
    {
        var budget = """{ "direction": "lower_is_better", "allowed_relative_delta": 0.10, "max": 300 }""";

        var withinRelativeBeyondMax = Single(budget, """{ "m": 290 }""", """{ "m": 310 }""");
        var withinMaxBeyondRelative = Single(budget, """{ "m": 100 }""", """{ "m": 200 }""");

        Assert.Equal(ResultStatus.Regressed, withinRelativeBeyondMax.Status);
        Assert.Equal("canary 310 > max 300", withinRelativeBeyondMax.Reason);
        Assert.Equal(ResultStatus.Regressed, withinMaxBeyondRelative.Status);
        Assert.StartsWith("+100 > +10 allowed", withinMaxBeyondRelative.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void On_regression_pause_pauses()
    {
        var result = Single("""{ "direction": "lower_is_better", "allowed_delta": 0.01, "on_regression": "pause" }""", """{ "m": 0.04 }""", """{ "m": 0.06 }""");

        Assert.Equal(ResultStatus.Regressed, result.Status);
        Assert.Equal(GateAction.Pause, result.Action);
    }

    [Fact]
    public void A_result_carries_baseline_canary_delta_and_the_budgets_position()
    {
        var result = Single("""{ "direction": "lower_is_better", "allowed_delta": 0.005 }""", """{ "m": 0.081 }""", """{ "m": 0.093 }""");

        Assert.Equal(0.081m, result.Baseline);
        Assert.Equal(0.093m, result.Canary);
        Assert.Equal(0.012m, result.Delta);
        Assert.Equal("+0.012 > +0.005 allowed", result.Reason);
        Assert.Equal(4, result.Position.Line);
    }

    // 4. Exactly on budget continues, in decimal.

    [Theory]
    [InlineData("lower_is_better", "0.7", "0.9", "\"allowed_delta\": 0.2")]
    [InlineData("higher_is_better", "0.9", "0.7", "\"allowed_delta\": 0.2")]
    [InlineData("lower_is_better", "0.1", "0.3", "\"allowed_delta\": 0.2")]
    [InlineData("lower_is_better", "0.3", "0.33", "\"allowed_relative_delta\": 0.1")]
    [InlineData("lower_is_better", "1.1", "1.21", "\"allowed_relative_delta\": 0.1")]
    [InlineData("lower_is_better", "5", "0.3", "\"max\": 0.3")]
    [InlineData("higher_is_better", "5", "0.1", "\"min\": 0.1")]
    [InlineData("lower_is_better", "0.081", "0.086", "\"allowed_delta\": 0.005")]
    public void Exactly_on_budget_continues_however_binary_floating_point_would_round(string direction, string baseline, string canary, string limit)
    {
        var result = Single($$"""{ "direction": "{{direction}}", {{limit}} }""", $$"""{ "m": {{baseline}} }""", $$"""{ "m": {{canary}} }""");

        Assert.Equal(ResultStatus.Pass, result.Status);
        Assert.Equal(GateAction.Continue, result.Action);
    }

    // 5. Waivers.

    private const string LatencyBudget = """{ "p95": { "direction": "lower_is_better", "max": 300 } }""";
    private const string SlowAcme = """{ "metrics": { "p95": 250 }, "slices": { "tenant:acme": { "p95": 320 }, "tenant:other": { "p95": 330 } } }""";

    private GateReport RunWithWaiver(string waiver, DateTime? today = null) =>
        Run(LatencyBudget, """{ "metrics": { "p95": 250 }, "slices": { "tenant:acme": { "p95": 250 }, "tenant:other": { "p95": 250 } } }""", SlowAcme, $"\"waivers\": [{waiver}]", today);

    [Fact]
    public void An_unexpired_waiver_for_the_same_budget_and_slice_waives_the_regression()
    {
        var report = RunWithWaiver("""{ "budget": "p95", "slice": "tenant:acme", "reason": "cold start, fix in v7.1", "expires": "2026-12-31" }""");

        var acme = report.Results.Single(r => r.Slice == "tenant:acme");
        Assert.Equal(ResultStatus.Waived, acme.Status);
        Assert.Equal(GateAction.Waived, acme.Action);
        Assert.Contains("waived until 2026-12-31: cold start, fix in v7.1", acme.Reason, StringComparison.Ordinal);
        Assert.Equal(ResultStatus.Regressed, report.Results.Single(r => r.Slice == "tenant:other").Status);
        Assert.Equal(CanaryDecision.Rollback, report.Decision);
    }

    [Fact]
    public void A_waiver_that_names_no_slice_covers_every_slice()
    {
        var report = RunWithWaiver("""{ "budget": "p95", "reason": "accepted", "expires": "2026-12-31" }""");

        Assert.All(report.Results.Where(r => r.Slice is not null), r => Assert.Equal(ResultStatus.Waived, r.Status));
        Assert.Equal(CanaryDecision.Continue, report.Decision);
    }

    [Fact]
    public void A_waiver_applies_through_its_expiry_day()
    {
        var report = RunWithWaiver("""{ "budget": "p95", "reason": "accepted", "expires": "2026-11-25" }""", new DateTime(2026, 11, 25));

        Assert.Equal(CanaryDecision.Continue, report.Decision);
        Assert.Empty(report.Notices);
    }

    [Fact]
    public void An_expired_waiver_is_not_applied_and_is_reported_as_expired()
    {
        var report = RunWithWaiver("""{ "budget": "p95", "slice": "tenant:acme", "reason": "accepted", "expires": "2026-11-24" }""", new DateTime(2026, 11, 25));

        var acme = report.Results.Single(r => r.Slice == "tenant:acme");
        Assert.Equal(ResultStatus.Regressed, acme.Status);
        Assert.Contains("waiver expired 2026-11-24, not applied", acme.Reason, StringComparison.Ordinal);
        var notice = Assert.Single(report.Notices);
        Assert.Equal("RG4004", notice.Id);
        Assert.Contains("expired on 2026-11-24", notice.Message, StringComparison.Ordinal);
        Assert.Equal(CanaryDecision.Rollback, report.Decision);
    }

    [Fact]
    public void A_waiver_does_not_turn_a_missing_metric_into_a_pass()
    {
        var report = Run(
            """{ "m": { "direction": "lower_is_better", "allowed_delta": 0 } }""",
            """{ "m": 1 }""",
            "{}",
            """ "waivers": [{ "budget": "m", "reason": "r", "expires": "2099-01-01" }] """);

        Assert.Equal(ResultStatus.Missing, Assert.Single(report.Results).Status);
    }

    // Overall decision: the seed's tests.

    private const string QualityAndLatency = """
        { "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 },
          "latency_ms": { "direction": "lower_is_better", "allowed_relative_delta": 0.1 } }
        """;

    [Fact]
    public void A_quality_regression_with_a_latency_win_rolls_back()
    {
        var report = Run(QualityAndLatency, """{ "wer": 0.08, "latency_ms": 300 }""", """{ "wer": 0.09, "latency_ms": 150 }""");

        Assert.Equal(CanaryDecision.Rollback, report.Decision);
    }

    [Fact]
    public void A_latency_regression_with_a_quality_win_rolls_back()
    {
        var report = Run(QualityAndLatency, """{ "wer": 0.08, "latency_ms": 300 }""", """{ "wer": 0.05, "latency_ms": 400 }""");

        Assert.Equal(CanaryDecision.Rollback, report.Decision);
    }

    [Fact]
    public void A_critical_regression_overrides_pauses_and_wins()
    {
        var report = Run(
            """{ "a": { "direction": "lower_is_better", "allowed_delta": 0 }, "b": { "direction": "lower_is_better", "allowed_delta": 0, "on_regression": "pause" }, "c": { "direction": "lower_is_better", "allowed_delta": 0 } }""",
            """{ "a": 1, "b": 1, "c": 1 }""",
            """{ "a": 0, "b": 2, "c": 2 }""");

        Assert.Equal(CanaryDecision.Rollback, report.Decision);
        Assert.Equal(new[] { GateAction.Continue, GateAction.Pause, GateAction.Rollback }, report.Results.Select(r => r.Action));
    }

    [Fact]
    public void Missing_metrics_pause_when_nothing_rolls_back()
    {
        var report = Run(QualityAndLatency, """{ "wer": 0.08 }""", """{ "wer": 0.08, "latency_ms": 100 }""");

        Assert.Equal(CanaryDecision.Pause, report.Decision);
    }

    [Fact]
    public void All_within_budget_continues_and_every_result_keeps_its_reason()
    {
        var report = Run(QualityAndLatency, """{ "wer": 0.08, "latency_ms": 300 }""", """{ "wer": 0.085, "latency_ms": 330 }""");

        Assert.Equal(CanaryDecision.Continue, report.Decision);
        Assert.All(report.Results, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
    }
}
