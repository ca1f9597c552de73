using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Engine.Tests.Utterances;

/// <summary>Whole gates on per-utterance results with statistics on (the default): A/A canaries, regressions, timeouts.</summary>
public sealed class NoiseControlledGateTests : IDisposable
{
    private const string Budgets = """
        {
          "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 },
          "first_partial_ms_p95": { "direction": "lower_is_better", "allowed_relative_delta": 0.10 },
          "final_ms_p99": { "direction": "lower_is_better", "allowed_relative_delta": 0.10 }
        }
        """;

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Unchanged_canaries_rarely_roll_back_however_many_slices_and_budgets_are_judged()
    {
        // 30 A/A gates of 3 budgets on 12 slices (39 results each). At 95 % the expected rollbacks are at most 1.5;
        // more than 5 would happen by chance less than once in a hundred runs of this test.
        var decisions = Enumerable.Range(0, 30).Select(seed => Run(SimulatedEvaluations.Pair(seed, slices: 12, perSlice: 80), resamples: 400).Decision).ToList();

        Assert.InRange(decisions.Count(d => d == CanaryDecision.Rollback), 0, 5);
        Assert.InRange(decisions.Count(d => d == CanaryDecision.Pause), 0, 8);
    }

    [Fact]
    public void Unchanged_canaries_in_correlated_calls_rarely_roll_back()
    {
        // Calls of 8 turns; the model's errors depend on the call. Resampling calls, not lines, keeps the error rate.
        var decisions = Enumerable.Range(100, 20).Select(seed => Run(SimulatedEvaluations.Pair(seed, slices: 6, perSlice: 120, callSize: 8), resamples: 400).Decision).ToList();

        Assert.InRange(decisions.Count(d => d == CanaryDecision.Rollback), 0, 4);
    }

    [Fact]
    public void A_regression_on_one_slice_rolls_back_at_that_slice()
    {
        var report = Run(SimulatedEvaluations.Pair(7, slices: 8, perSlice: 300, worse: 0.06, worseSlice: "tenant:t3"));

        Assert.Equal(CanaryDecision.Rollback, report.Decision);
        var rollback = Assert.Single(report.Results, r => r.Action == GateAction.Rollback);
        Assert.Equal(("wer", "tenant:t3"), (rollback.Budget, rollback.Slice));
        Assert.EndsWith("allowed, beyond noise", rollback.Reason, StringComparison.Ordinal);
        Assert.True(rollback.Interval!.Low > 0.005m);
        Assert.StartsWith("noise-controlled over 27 results at 95 %", report.Noise!.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worse_canary_never_gets_a_better_decision()
    {
        var previous = CanaryDecision.Continue;
        foreach (var worse in new[] { 0.0, 0.01, 0.02, 0.04, 0.08, 0.16 })
        {
            var decision = Run(SimulatedEvaluations.Pair(21, slices: 4, perSlice: 200, worse: worse), resamples: 400).Decision!.Value;
            Assert.True(decision >= previous, $"worse by {worse}: {decision} after {previous}");
            previous = decision;
        }

        Assert.Equal(CanaryDecision.Rollback, previous);
    }

    [Theory]
    [InlineData("first_partial_ms")]
    [InlineData("final_ms")]
    public void A_canary_that_times_out_on_8_percent_of_utterances_rolls_back_on_the_p95(string field)
    {
        var (baseline, canary) = SimulatedEvaluations.Pair(3, slices: 2, perSlice: 300);
        var timedOut = string.Join("\n", canary.Split('\n').Select((line, i) => i % 12 == 0 && line.Length > 0
            ? System.Text.RegularExpressions.Regex.Replace(line, $"\"{field}\": [0-9.]+", $"\"{field}\": Infinity")
            : line));

        var report = Run((baseline, timedOut), budgets: $$"""{ "{{field}}_p95": { "direction": "lower_is_better", "allowed_relative_delta": 0.10 } }""");

        Assert.Equal(CanaryDecision.Rollback, report.Decision);
        var overall = report.Results.Single(r => r.Slice is null);
        Assert.Equal((GateValue.PositiveInfinity, ResultStatus.Regressed), (overall.Canary!.Value, overall.Status));
        Assert.Contains("\"canary\": \"Infinity\"", ReportJsonWriter.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Timeouts_have_their_own_rate_and_never_make_a_percentile_look_better()
    {
        var (baseline, canary) = SimulatedEvaluations.Pair(5, slices: 1, perSlice: 400, timeouts: 0.04);

        var report = Run((baseline, canary), budgets: """
            { "first_partial_ms_timeout_rate": { "direction": "lower_is_better", "allowed_delta": 0.01 },
              "first_partial_ms_p95": { "direction": "lower_is_better", "allowed_relative_delta": 0.5 } }
            """);

        var rate = report.Results.Single(r => r.Budget == "first_partial_ms_timeout_rate" && r.Slice is null);
        var p95 = report.Results.Single(r => r.Budget == "first_partial_ms_p95" && r.Slice is null);
        Assert.Equal(0m, rate.Baseline!.Value.Finite);
        Assert.InRange(rate.Canary!.Value.Finite, 0.02m, 0.06m);
        Assert.Equal(ResultStatus.Regressed, rate.Status);
        Assert.True(p95.Canary >= p95.Baseline, "a timeout ranks above every reported value");
    }

    [Fact]
    public void An_inconclusive_result_pauses_and_says_how_many_more_utterances_would_settle_it_in_every_report()
    {
        var report = FindInconclusive();
        var result = report.Results.First(r => r.Status == ResultStatus.Inconclusive);
        var more = result.Reason[(result.Reason.IndexOf("about ", StringComparison.Ordinal) + 6)..];

        Assert.Equal(GateAction.Pause, result.Action);
        Assert.True(result.SamplesNeeded > 240);
        Assert.Matches(@"^[0-9,]+ more utterances in (tenant:t[0-9]+|total) would settle it$", more);
        Assert.Contains($"\"samples_needed\": {result.SamplesNeeded}", ReportJsonWriter.Write(report), StringComparison.Ordinal);
        Assert.Contains("samples needed", MarkdownReportWriter.Write(report), StringComparison.Ordinal);
        Assert.Contains("SAMPLES NEEDED", TextReportWriter.Write(report), StringComparison.Ordinal);
        var pause = GateDiagnostics.For(report).First(d => d.Id == GateRules.Pause);
        Assert.Contains("would settle it; pause the rollout", pause.Message, StringComparison.Ordinal);
    }

    /// <summary>A mild worsening on one slice, tried on a few seeds until one lands between the pause and the rollback level.</summary>
    private GateReport FindInconclusive()
    {
        foreach (var seed in Enumerable.Range(40, 30))
        {
            var report = Run(SimulatedEvaluations.Pair(seed, slices: 4, perSlice: 240, worse: 0.025, worseSlice: "tenant:t1"), resamples: 400);
            if (report.Results.Any(r => r.Status == ResultStatus.Inconclusive))
            {
                return report;
            }
        }

        throw new InvalidOperationException("no seed gave an inconclusive result");
    }

    private GateReport Run((string Baseline, string Canary) sides, int resamples = 1000, string budgets = Budgets)
    {
        _workspace.Write("gates.json", $$"""
            {
              "baseline": { "utterances": "eval/baseline.jsonl" },
              "canary": { "utterances": "eval/canary.jsonl" },
              "statistics": { "resamples": {{resamples}}, "seed": 3 },
              "budgets": {{budgets}}
            }
            """)
            .Write("eval/baseline.jsonl", sides.Baseline)
            .Write("eval/canary.jsonl", sides.Canary);
        var report = _workspace.Run();
        Assert.True(report.IsValid, string.Join("\n", report.Errors));
        return report;
    }
}
