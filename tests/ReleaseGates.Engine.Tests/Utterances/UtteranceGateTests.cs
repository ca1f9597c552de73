using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;
using static ReleaseGates.Engine.Tests.Utterances.UtteranceCorpus;

namespace ReleaseGates.Engine.Tests.Utterances;

/// <summary>Contract §6 through the whole gate: gates.json naming per-utterance results on either side.</summary>
public sealed class UtteranceGateTests : IDisposable
{
    private const string WerBudget = """{ "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } }""";
    private const string Statistics = "\"statistics\": { \"confidence\": 0.95, \"resamples\": 500, \"seed\": 7 }";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Per_utterance_results_are_judged_on_the_metrics_computed_from_them()
    {
        Gates(WerBudget, "\"statistics\": false");
        Side("baseline", Corpus(100, errorsEvery: 10));
        Side("canary", Corpus(100, errorsEvery: 5));

        var report = _workspace.Run();
        var result = Overall(report, "wer");

        Assert.Equal((0.01m, 0.02m, ResultStatus.Regressed), (result.Baseline, result.Canary, result.Status));
        Assert.Null(result.Interval); // statistics false: the point values decide, and the report says so
        Assert.StartsWith("no noise control: statistics is false", report.Noise!.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void With_statistics_a_clear_regression_is_regressed_and_carries_its_interval()
    {
        Gates(WerBudget, Statistics);
        Side("baseline", Corpus(2_000, errorsEvery: 20));
        Side("canary", Corpus(2_000, errorsEvery: 4));

        var result = Overall(_workspace.Run(), "wer");

        Assert.Equal(ResultStatus.Regressed, result.Status);
        Assert.True(result.Interval!.Low > 0.005m);
        Assert.True(result.Interval.Low <= result.Delta && result.Delta <= result.Interval.High);
    }

    [Fact]
    public void With_statistics_a_worsening_within_noise_does_not_roll_back()
    {
        Gates(WerBudget, Statistics);
        Side("baseline", Corpus(40, errorsEvery: 10));
        Side("canary", Corpus(40, errorsEvery: 4));

        var report = _workspace.Run();
        var result = Overall(report, "wer");

        Assert.True(result.Delta > 0.005m && result.Interval!.Low <= 0.005m);
        Assert.Equal((ResultStatus.Pass, GateAction.Continue), (result.Status, result.Action));
        Assert.EndsWith("> +0.005 allowed, but within noise", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Slices_get_their_own_intervals()
    {
        Gates(WerBudget, Statistics);
        Side("baseline", Corpus(400, errorsEvery: 10, slices: true));
        Side("canary", Corpus(400, errorsEvery: 10, slices: true));

        var results = _workspace.Run().Results;

        Assert.Equal([null, "tenant:a", "tenant:b"], results.Select(r => r.Slice));
        Assert.All(results, r => Assert.Equal((ResultStatus.Pass, 0m, 0m), (r.Status, r.Interval!.Low, r.Interval.High)));
    }

    [Fact]
    public void A_slice_with_fewer_utterances_than_min_samples_is_insufficient()
    {
        Gates(WerBudget, "\"slices\": { \"min_samples\": 300 }");
        Side("baseline", Corpus(400, errorsEvery: 10, slices: true));
        Side("canary", Corpus(400, errorsEvery: 10, slices: true));

        var results = _workspace.Run().Results;

        Assert.Equal([ResultStatus.Pass, ResultStatus.Insufficient, ResultStatus.Insufficient], results.Select(r => r.Status));
        Assert.Contains("baseline has 200 samples", results[1].Reason);
    }

    [Fact]
    public void The_same_inputs_and_seed_give_the_same_report()
    {
        Gates(WerBudget, Statistics);
        Side("baseline", Corpus(300, errorsEvery: 10));
        Side("canary", Corpus(300, errorsEvery: 7));

        Assert.Equal(Engine.Reports.ReportJsonWriter.Write(_workspace.Run()), Engine.Reports.ReportJsonWriter.Write(_workspace.Run()));
    }

    [Fact]
    public void Utterances_on_one_side_only_are_left_out_and_reported_as_a_notice()
    {
        Gates(WerBudget);
        Side("baseline", Lines(Utterance("a", "one two", "one two"), Utterance("b", "three", "three"), Utterance("gone", "x", "y")));
        Side("canary", Lines(Utterance("a", "one two", "one two"), Utterance("b", "three", "three"), Utterance("new", "x", "y")));

        var report = _workspace.Run();

        Assert.Equal((0m, 0m, ResultStatus.Pass), (Overall(report, "wer").Baseline, Overall(report, "wer").Canary, Overall(report, "wer").Status));
        Assert.Equal(2, report.Notices.Count);
        Assert.All(report.Notices, n => Assert.Equal(GateRules.OneSidedUtterances, n.Id));
        Assert.Contains("1 baseline utterance has no canary result ('gone')", report.Notices[0].Message);
        Assert.Contains("1 canary utterance has no baseline result ('new')", report.Notices[1].Message);
        Assert.Equal(3, report.Notices[1].Position.Line); // the canary line of gates.json
    }

    [Fact]
    public void Sides_that_share_no_id_are_invalid_input()
    {
        Gates(WerBudget);
        Side("baseline", Lines(Utterance("a", "x", "x")));
        Side("canary", Lines(Utterance("b", "x", "x")));

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Contains("share no utterance id", error.Message);
    }

    [Fact]
    public void A_malformed_line_is_invalid_input_at_its_file_and_line()
    {
        Gates(WerBudget);
        Side("baseline", Lines(Utterance("a", "x", "x")));
        _workspace.Write("eval/canary/part-1.jsonl", Lines(Utterance("a", "x", "x")) + "{\"id\": \"b\", \n");

        var report = _workspace.Run();
        var error = Assert.Single(report.Errors);

        Assert.False(report.IsValid);
        Assert.Equal((_workspace.PathOf("eval/canary/part-1.jsonl"), 2), (error.FilePath, error.Line));
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_invalid_input_at_the_gates_json_line_that_names_it()
    {
        Gates(WerBudget);
        Side("baseline", Lines(Utterance("a", "x", "x")));

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Equal((_workspace.GatesFile, 3), (error.FilePath, error.Line));
        Assert.Contains("canary utterances 'eval/canary/*.jsonl'", error.Message);
    }

    [Fact]
    public void One_side_per_utterance_and_the_other_an_evaluation_file_are_judged_together()
    {
        _workspace.Write("gates.json", $$"""
            {
              "baseline": "eval/baseline.json",
              "canary": { "utterances": "eval/canary/*.jsonl" },
              "budgets": {{WerBudget}}
            }
            """);
        _workspace.Baseline("""{ "wer": 0.1 }""");
        Side("canary", Corpus(100, errorsEvery: 10));

        Assert.Equal((0.1m, 0.01m, ResultStatus.Pass), (Overall(_workspace.Run(), "wer").Baseline, Overall(_workspace.Run(), "wer").Canary, Overall(_workspace.Run(), "wer").Status));
    }

    [Fact]
    public void An_undefined_metric_is_missing_with_its_reason()
    {
        Gates("""{ "entity_error_rate": { "direction": "lower_is_better", "allowed_delta": 0 } }""");
        Side("baseline", Corpus(10, errorsEvery: 10));
        Side("canary", Corpus(10, errorsEvery: 10));

        var result = Overall(_workspace.Run(), MetricNames.EntityErrorRate);

        Assert.Equal(ResultStatus.Missing, result.Status);
        Assert.Contains("these utterances list no entities", result.Reason);
    }

    [Fact]
    public void The_shards_a_pattern_matches_are_inputs_of_the_build()
    {
        Gates(WerBudget);
        Side("baseline", Corpus(1, errorsEvery: 1));
        _workspace.Write("eval/baseline/part-2.jsonl", "\n");

        var inputs = ReleaseGate.InputFiles(_workspace.GatesFile);

        Assert.Equal([_workspace.GatesFile, _workspace.PathOf("eval/baseline/part-1.jsonl"), _workspace.PathOf("eval/baseline/part-2.jsonl")], inputs);
    }

    private void Gates(string budgets, string extra = "") =>
        _workspace.Write("gates.json", $$"""
            {
              "baseline": { "utterances": "eval/baseline/*.jsonl" },
              "canary": { "utterances": "eval/canary/*.jsonl" },
              "budgets": {{budgets}}{{(extra.Length > 0 ? "," + extra : string.Empty)}}
            }
            """);

    private void Side(string side, string lines) => _workspace.Write($"eval/{side}/part-1.jsonl", lines);

    /// <summary>n utterances of 10 words; every <paramref name="errorsEvery"/>-th utterance has one substitution.</summary>
    private static string Corpus(int utterances, int errorsEvery, bool slices = false) =>
        Lines(Enumerable.Range(0, utterances).Select(i => (object)new
        {
            id = $"utt-{i:00000}",
            reference = "one two three four five six seven eight nine ten",
            hypothesis = i % errorsEvery == 0 ? "one two three four five six seven eight nine tin" : "one two three four five six seven eight nine ten",
            slices = slices ? new[] { i % 2 == 0 ? "tenant:a" : "tenant:b" } : [],
        }).ToArray());

    private static BudgetResult Overall(GateReport report, string budget) =>
        report.Results.Single(r => r.Budget == budget && r.Slice is null);
}
