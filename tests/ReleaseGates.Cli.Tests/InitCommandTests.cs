using ReleaseGates.Cli.Init;
using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Cli.Tests;

public sealed class InitCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "releasegates-init-" + Guid.NewGuid().ToString("N")[..8]);

    public InitCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "eval"));
        Write("eval/baseline.json", """
            { "samples": 1200,
              "metrics": { "wer": 0.081, "entity_error_rate": 0.02, "first_partial_ms_p95": 240, "keyword_recall": 0.91,
                           "mos": 4.1, "vibes": 3, "rtf": 0.031, "baseline_only": 1, "broken": NaN },
              "slices": { "tenant:acme": { "samples": 300, "metrics": { "wer": 0.09, "entity_error_rate": 0.03, "first_partial_ms_p95": 250,
                                                                       "keyword_recall": 0.9, "mos": 4.0, "vibes": 3, "broken": 1 } } } }
            """);
        Write("eval/canary.json", """
            { "samples": 1200,
              "metrics": { "wer": 0.079, "entity_error_rate": 0.02, "first_partial_ms_p95": 236, "keyword_recall": 0.92,
                           "mos": 4.2, "vibes": 3, "rtf": 0.030, "canary_only": 1, "broken": 1 },
              "slices": { "tenant:acme": { "samples": 300, "metrics": { "wer": 0.088, "entity_error_rate": 0.03, "first_partial_ms_p95": 251,
                                                                       "keyword_recall": 0.9, "mos": 4.0, "vibes": 3, "broken": 1 } } } }
            """);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string PathOf(string relative) => Path.Combine(_root, relative);

    private void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    private CliRun Init(string folder) =>
        CliRun.Of("init", PathOf(folder), "--baseline", PathOf("eval/baseline.json"), "--canary", PathOf("eval/canary.json"));

    [Fact]
    public void Init_writes_a_gates_json_that_evaluates_as_it_stands()
    {
        var init = Init("gate");

        Assert.True(init.ExitCode == 0, init.Error);
        var evaluate = CliRun.Of("evaluate", PathOf("gate/gates.json"));
        Assert.True(evaluate.ExitCode is 0 or 2 or 3, evaluate.Error);
        Assert.DoesNotContain("RG4003", evaluate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_then_evaluate_on_unchanged_evaluations_continues()
    {
        File.Copy(PathOf("eval/baseline.json"), PathOf("eval/same.json"));
        var init = CliRun.Of("init", PathOf("gate"), "--baseline", PathOf("eval/baseline.json"), "--canary", PathOf("eval/same.json"));

        Assert.Equal(0, init.ExitCode);
        var evaluate = CliRun.Of("evaluate", PathOf("gate/gates.json"));
        Assert.True(evaluate.ExitCode == 0, evaluate.Out + evaluate.Error);
    }

    [Fact]
    public void One_budget_per_metric_with_a_number_on_both_sides_in_the_baselines_order()
    {
        Init("gate");

        var text = File.ReadAllText(PathOf("gate/gates.json"));

        var config = GatesConfigReader.Read(PathOf("gate/gates.json")).Config!;
        Assert.Equal(["wer", "entity_error_rate", "first_partial_ms_p95", "keyword_recall", "mos", "vibes", "rtf"], config.Budgets.Select(b => b.Name));
        Assert.Contains("    // Not budgeted:\n    //   baseline_only (baseline only)\n    //   broken (the baseline is NaN (not a finite number))\n    //   canary_only (canary only)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Directions_come_from_the_names_and_a_guess_says_so()
    {
        Init("gate");

        var config = GatesConfigReader.Read(PathOf("gate/gates.json")).Config!;
        var text = File.ReadAllText(PathOf("gate/gates.json"));

        Assert.Equal(Direction.LowerIsBetter, config.Budgets.Single(b => b.Name == "wer").Direction);
        Assert.Equal(Direction.HigherIsBetter, config.Budgets.Single(b => b.Name == "keyword_recall").Direction);
        Assert.Equal(Direction.HigherIsBetter, config.Budgets.Single(b => b.Name == "mos").Direction);
        Assert.Equal(Direction.LowerIsBetter, config.Budgets.Single(b => b.Name == "vibes").Direction);
        Assert.Contains("direction guessed (vibes has no word init knows): check it", text, StringComparison.Ordinal);
        Assert.Contains("higher_is_better from \"recall\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_allowance_is_an_explicit_number_by_the_documented_heuristic()
    {
        Init("gate");

        var budgets = GatesConfigReader.Read(PathOf("gate/gates.json")).Config!.Budgets.ToDictionary(b => b.Name);

        Assert.Equal(0.005m, budgets["wer"].AllowedDelta);
        Assert.Equal(0.005m, budgets["keyword_recall"].AllowedDelta);
        Assert.Equal(0.05m, budgets["first_partial_ms_p95"].AllowedRelativeDelta);
        Assert.Equal(0.05m, budgets["rtf"].AllowedRelativeDelta);
        Assert.Equal(0.05m, budgets["mos"].AllowedRelativeDelta);
        Assert.All(budgets.Values, b => Assert.True(b.AllowedDelta is not null ^ b.AllowedRelativeDelta is not null, b.Name));
    }

    [Fact]
    public void The_file_has_schema_comments_and_paths_relative_to_its_folder()
    {
        var init = Init("models/asr");

        var text = File.ReadAllText(PathOf("models/asr/gates.json"));
        Assert.StartsWith("// gates.json", text, StringComparison.Ordinal);
        Assert.Contains("\"$schema\": \"https://raw.githubusercontent.com/release-gates/ReleaseGates/main/schema/gates.schema.json\"", text, StringComparison.Ordinal);
        Assert.Contains("\"baseline\": \"../../eval/baseline.json\"", text, StringComparison.Ordinal);
        Assert.Contains("\"canary\": \"../../eval/canary.json\"", text, StringComparison.Ordinal);
        Assert.Contains("// baseline 240, canary 236; lower_is_better from \"ms\"; a latency, duration, cost or size: 5 % of the baseline", text, StringComparison.Ordinal);
        Assert.Contains("rtf\": ", text, StringComparison.Ordinal);
        Assert.Contains("\"rtf\": { \"direction\": \"lower_is_better\", \"allowed_relative_delta\": 0.05, \"on_missing\": \"ignore\" }", text, StringComparison.Ordinal);
        Assert.StartsWith($"wrote {PathOf("models/asr/gates.json")}: 7 budgets; direction guessed for vibes (check it); not budgeted: baseline_only (baseline only), broken (the baseline is NaN (not a finite number)), canary_only (canary only)\n", init.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_gates_json_is_never_overwritten()
    {
        Write("gate/gates.json", "{ \"mine\": true }");

        var init = Init("gate");

        Assert.Equal(1, init.ExitCode);
        Assert.Contains($"{PathOf("gate/gates.json")} already exists; init never overwrites it", init.Error, StringComparison.Ordinal);
        Assert.Equal("{ \"mine\": true }", File.ReadAllText(PathOf("gate/gates.json")));
    }

    [Fact]
    public void A_missing_evaluation_exits_1_and_writes_nothing()
    {
        var init = CliRun.Of("init", PathOf("gate"), "--baseline", PathOf("eval/baseline.json"), "--canary", PathOf("eval/nope.json"));

        Assert.Equal(1, init.ExitCode);
        Assert.Contains($"error: --canary {PathOf("eval/nope.json")} does not exist", init.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(PathOf("gate/gates.json")));
    }

    [Fact]
    public void An_evaluation_that_is_not_json_is_RG4003_at_its_line()
    {
        Write("eval/bad.json", "{\n  \"wer\": 0.08,\n}x");

        var init = CliRun.Of("init", PathOf("gate"), "--baseline", PathOf("eval/bad.json"), "--canary", PathOf("eval/canary.json"));

        Assert.Equal(1, init.ExitCode);
        Assert.Contains($"{PathOf("eval/bad.json")}(3,2): error RG4003:", init.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluations_with_no_metric_in_common_write_nothing()
    {
        Write("eval/other.json", """{ "bleu": 30 }""");

        var init = CliRun.Of("init", PathOf("gate"), "--baseline", PathOf("eval/baseline.json"), "--canary", PathOf("eval/other.json"));

        Assert.Equal(1, init.ExitCode);
        Assert.Contains("no metric with a number on both sides", init.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(PathOf("gate/gates.json")));
    }

    [Fact]
    public void Per_utterance_results_are_read_through_the_engine_and_judged_with_statistics()
    {
        static string Line(string id, string hypothesis, int ms) =>
            $$"""{"id": "{{id}}", "reference": "start metformin 500 mg", "hypothesis": "{{hypothesis}}", "first_partial_ms": {{ms}}, "slices": ["tenant:acme"]}""";
        Write("eval/baseline/0.jsonl", string.Join('\n', Enumerable.Range(0, 40).Select(i => Line($"u{i}", "start metformin 500 mg", 200 + i))));
        Write("eval/canary/0.jsonl", string.Join('\n', Enumerable.Range(0, 40).Select(i => Line($"u{i}", i % 10 == 0 ? "start met forming 500 mg" : "start metformin 500 mg", 205 + i))));

        var init = CliRun.Of("init", PathOf("gate"), "--baseline", PathOf("eval/baseline/*.jsonl"), "--canary", PathOf("eval/canary/*.jsonl"));

        Assert.True(init.ExitCode == 0, init.Error);
        var text = File.ReadAllText(PathOf("gate/gates.json"));
        Assert.Contains("\"baseline\": { \"utterances\": \"../eval/baseline/*.jsonl\" }", text, StringComparison.Ordinal);
        Assert.Contains("paired bootstrap", text, StringComparison.Ordinal);
        var names = GatesConfigReader.Read(PathOf("gate/gates.json")).Config!.Budgets.Select(b => b.Name).ToList();
        Assert.Contains("wer", names);
        Assert.Contains("first_partial_ms_p95", names);
        var evaluate = CliRun.Of("evaluate", PathOf("gate/gates.json"));
        Assert.True(evaluate.ExitCode is 0 or 2 or 3, evaluate.Error);
    }

    [Fact]
    public void Nemo_manifests_with_format_nemo()
    {
        static string Line(int i, string prediction) => $$"""{"audio_filepath": "a/{{i}}.wav", "text": "start metformin", "pred_text": "{{prediction}}", "duration": 1.5}""";
        Write("eval/b.json", string.Join('\n', Enumerable.Range(0, 20).Select(i => Line(i, "start metformin"))));
        Write("eval/c.json", string.Join('\n', Enumerable.Range(0, 20).Select(i => Line(i, "start metformin"))));

        var init = CliRun.Of("init", PathOf("gate"), "--baseline", PathOf("eval/b.json"), "--canary", PathOf("eval/c.json"), "--format", "nemo");

        Assert.True(init.ExitCode == 0, init.Error);
        Assert.Contains("\"canary\": { \"utterances\": \"../eval/c.json\", \"format\": \"nemo\" }", File.ReadAllText(PathOf("gate/gates.json")), StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("evaluate", PathOf("gate/gates.json")).ExitCode);
    }

    [Theory]
    [InlineData("wer", "lower_is_better", "wer")]
    [InlineData("entity_error_rate", "lower_is_better", "error")]
    [InlineData("first_partial_ms_p95", "lower_is_better", "ms")]
    [InlineData("first_partial_ms_timeout_rate", "lower_is_better", "timeout")]
    [InlineData("partial_churn", "lower_is_better", "churn")]
    [InlineData("abandon_rate", "lower_is_better", "abandon")]
    [InlineData("cost_usd_mean", "lower_is_better", "usd")]
    [InlineData("cost_per_call", "lower_is_better", "cost")]
    [InlineData("gpu_seconds_per_audio_second", "lower_is_better", "seconds")]
    [InlineData("keyword_recall", "higher_is_better", "recall")]
    [InlineData("error_detection_accuracy", "higher_is_better", "accuracy")]
    [InlineData("intent_f1", "higher_is_better", "f1")]
    [InlineData("mos_mean", "higher_is_better", "mos")]
    [InlineData("bleu", "higher_is_better", "bleu")]
    [InlineData("task_success_rate", "higher_is_better", "success")]
    [InlineData("requests_per_second", "higher_is_better", "per second")]
    [InlineData("vibes", "lower_is_better", null)]
    public void Direction_rules(string metric, string direction, string? because)
    {
        var decided = MetricDirections.Of(metric);

        Assert.Equal(direction, GateNames.Direction.Of(decided.Direction));
        Assert.Equal(because, decided.Because);
    }

    [Theory]
    [InlineData("first_partial_ms_p95", 240, 250, "allowed_relative_delta", 0.05)]
    [InlineData("rtf", 0.031, 0.03, "allowed_relative_delta", 0.05)]
    [InlineData("first_partial_ms_timeout_rate", 0.001, 0.002, "allowed_delta", 0.005)]
    [InlineData("wer", 0.081, 0.079, "allowed_delta", 0.005)]
    [InlineData("wer_pct", 8.1, 7.9, "allowed_relative_delta", 0.05)]
    [InlineData("mos", 4.1, 4.2, "allowed_relative_delta", 0.05)]
    public void Allowance_rules(string metric, double baseline, double canary, string key, double value)
    {
        var allowance = Allowances.For(metric, (decimal)baseline, (decimal)canary);

        Assert.Equal((key, (decimal)value), (allowance.Key, allowance.Value));
    }
}
