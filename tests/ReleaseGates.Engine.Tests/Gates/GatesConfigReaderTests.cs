using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Engine.Tests.Gates;

public sealed class GatesConfigReaderTests
{
    private const string Path = "/repo/gates.json";

    /// <summary>The example of contract §1, verbatim apart from the capacity placeholder.</summary>
    private const string ContractExample = """
        {
          "$schema": "...",                       // optional, ignored by the engine
          "version": 1,                           // optional; any other value is a configuration error
          "release": {                            // optional metadata, echoed in every report
            "model": "asr-clinical",
            "baseline": "asr-clinical-v6",
            "candidate": "asr-clinical-v7",
            "rollback_flags": ["asr.clinical.v7"] // the flags that switch the candidate off (see contract-analyzers.md)
          },
          "baseline": "eval/baseline.json",       // evaluation output of the serving model
          "canary": "eval/canary.json",           // evaluation output of the candidate
          "budgets": {
            "wer":               { "direction": "lower_is_better", "allowed_delta": 0.005 },
            "entity_error_rate": { "direction": "lower_is_better", "allowed_delta": 0 },
            "first_partial_ms_p95": { "direction": "lower_is_better", "allowed_relative_delta": 0.10, "max": 300 },
            "correction_rate":   { "direction": "lower_is_better", "allowed_delta": 0.01, "on_regression": "pause" },
            "keyword_recall":    { "direction": "higher_is_better", "allowed_delta": 0.002, "on_missing": "rollback" }
          },
          "slices": { "min_samples": 200 },       // optional
          "waivers": [                            // optional
            { "budget": "first_partial_ms_p95", "slice": "tenant:acme",
              "reason": "known cold-start on acme's region, fix in v7.1", "expires": "2026-12-31" }
          ]
        }
        """;

    private static GatesConfigParseResult Parse(string json) => GatesConfigReader.Parse(json, Path);

    private static string Budgets(string budgets, string extra = "") =>
        $$"""{ "baseline": "b.json", "canary": "c.json", "budgets": {{budgets}}{{(extra.Length > 0 ? "," + extra : "")}} }""";

    private static string SingleError(string json)
    {
        var result = Parse(json);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors).Message;
    }

    [Fact]
    public void The_contract_example_is_valid()
    {
        var result = Parse(ContractExample);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var config = result.Config!;
        Assert.Equal(new[] { "wer", "entity_error_rate", "first_partial_ms_p95", "correction_rate", "keyword_recall" }, config.Budgets.Select(b => b.Name));
        Assert.Equal("asr-clinical-v7", config.Release.Candidate);
        Assert.Equal(new[] { "asr.clinical.v7" }, config.Release.RollbackFlags);
        Assert.Equal(200, config.MinSamples);
        Assert.Equal(new DateTime(2026, 12, 31), Assert.Single(config.Waivers).Expires);
    }

    [Fact]
    public void Budget_fields_are_read_exactly_with_their_defaults()
    {
        var config = Parse(ContractExample).Config!;
        var wer = config.Budgets[0];
        var latency = config.Budgets[2];
        var recall = config.Budgets[4];

        Assert.Equal(Direction.LowerIsBetter, wer.Direction);
        Assert.Equal(0.005m, wer.AllowedDelta);
        Assert.Equal(RegressionAction.Rollback, wer.OnRegression);
        Assert.Equal(MissingAction.Pause, wer.OnMissing);
        Assert.Equal(0.10m, latency.AllowedRelativeDelta);
        Assert.Equal(300m, latency.Max);
        Assert.Equal(RegressionAction.Pause, config.Budgets[3].OnRegression);
        Assert.Equal(Direction.HigherIsBetter, recall.Direction);
        Assert.Equal(MissingAction.Rollback, recall.OnMissing);
    }

    [Fact]
    public void A_budget_remembers_the_line_and_column_of_its_name()
    {
        var wer = Parse(ContractExample).Config!.Budgets[0];

        Assert.Equal(13, wer.Span.Start.Line);
        Assert.Equal(5, wer.Span.Start.Column);
    }

    [Fact]
    public void Paths_are_relative_to_the_folder_of_gates_json()
    {
        var config = Parse(ContractExample).Config!;

        Assert.Equal(System.IO.Path.GetFullPath("/repo/eval/baseline.json"), config.Baseline.Resolved);
        Assert.Equal("eval/canary.json", config.Canary.Written);
        Assert.False(config.Canary.IsUtterances);
    }

    [Fact]
    public void A_misspelled_key_is_an_error_with_a_suggestion()
    {
        var result = Parse(Budgets("""{ "wer": { "direction": "lower_is_better", "allowed_delta": 0.005, "allowed_detla": 0.01 } }"""));

        var error = Assert.Single(result.Errors);
        Assert.Equal("unknown key 'allowed_detla' in budget 'wer'; did you mean 'allowed_delta'?", error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(Path, error.FilePath);
    }

    [Fact]
    public void An_unknown_key_without_a_close_match_lists_the_keys_it_may_have()
    {
        var message = SingleError(Budgets("""{ "wer": { "direction": "lower_is_better", "allowed_delta": 0.005, "owner": "asr-team" } }"""));

        Assert.Contains("unknown key 'owner' in budget 'wer'", message, StringComparison.Ordinal);
        Assert.Contains("'allowed_relative_delta'", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "colour": 1 }""", "unknown key 'colour' in gates.json")]
    [InlineData("""{ "release": { "candiate": "v7" } }""", "did you mean 'candidate'?")]
    [InlineData("""{ "slices": { "min_sample": 1 } }""", "did you mean 'min_samples'?")]
    [InlineData("""{ "capacity": { "concurrent_streams": 1, "gpu_seconds_per_audio_second": "rtf", "vad_saving": 0.1 } }""", "did you mean 'vad_savings'?")]
    [InlineData("""{ "statistics": { "resample": 10 } }""", "did you mean 'resamples'?")]
    [InlineData("""{ "waivers": [{ "budget": "wer", "reason": "r", "expires": "2026-01-01", "slise": "a" }] }""", "did you mean 'slice'?")]
    public void Unknown_keys_anywhere_are_errors(string section, string expected)
    {
        var extra = section.Trim().TrimStart('{').TrimEnd('}');
        var message = SingleError(Budgets("""{ "wer": { "direction": "lower_is_better", "allowed_delta": 0 } }""", extra));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_key_is_ignored()
    {
        Assert.True(Parse(Budgets("""{ "wer": { "direction": "lower_is_better", "max": 1 } }""", "\"$schema\": 42")).Succeeded);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("1.0", true)]
    [InlineData("2", false)]
    [InlineData("\"1\"", false)]
    public void Version_must_be_1(string version, bool valid)
    {
        var result = Parse(Budgets("""{ "wer": { "direction": "lower_is_better", "max": 1 } }""", $"\"version\": {version}"));

        Assert.Equal(valid, result.Succeeded);
    }

    [Theory]
    [InlineData("""{ "direction": "lower_better", "allowed_delta": 0 }""", "'direction' in budget 'wer' is 'lower_better'; use 'lower_is_better' or 'higher_is_better'; did you mean 'lower_is_better'?")]
    [InlineData("""{ "allowed_delta": 0 }""", "budget 'wer' has no 'direction'")]
    [InlineData("""{ "direction": "lower_is_better", "allowed_delta": -0.01 }""", "'allowed_delta' in budget 'wer' is -0.01; allowances must be >= 0")]
    [InlineData("""{ "direction": "lower_is_better", "allowed_relative_delta": -1 }""", "allowances must be >= 0")]
    [InlineData("""{ "direction": "lower_is_better", "allowed_delta": "0.005" }""", "must be a number, not a string (\"0.005\"); write the number without quotes")]
    [InlineData("""{ "direction": "lower_is_better", "max": true }""", "'max' in budget 'wer' must be a number, not true")]
    [InlineData("""{ "direction": "lower_is_better" }""", "budget 'wer' sets no limit; give at least one of 'allowed_delta', 'allowed_relative_delta', 'max' or 'min'")]
    [InlineData("""{ "direction": "lower_is_better", "max": 1, "on_regression": "ignore" }""", "'on_regression' in budget 'wer' is 'ignore'; use 'rollback' or 'pause'")]
    [InlineData("""{ "direction": "lower_is_better", "max": 1, "on_missing": "stop" }""", "'on_missing' in budget 'wer' is 'stop'; use 'pause' or 'rollback' or 'ignore'")]
    [InlineData("""{ "direction": "lower_is_better", "max": 1, "min": 2 }""", "min 2 above max 1")]
    [InlineData("""{ "direction": 1, "max": 1 }""", "'direction' in budget 'wer' must be a non-empty string, not a number (1)")]
    [InlineData("""[]""", "budget 'wer' must be an object, not an array")]
    [InlineData("""{ "direction": "lower_is_better", "max": 1e400 }""", "too large for any number representation")]
    public void Invalid_budgets_are_errors_that_say_what_to_do(string budget, string expected)
    {
        var message = SingleError(Budgets($$"""{ "wer": {{budget}} }"""));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "baseline": "b.json", "canary": "c.json" }""", "gates.json has no 'budgets'")]
    [InlineData("""{ "baseline": "b.json", "canary": "c.json", "budgets": {} }""", "'budgets' is empty")]
    [InlineData("""{ "baseline": "b.json", "canary": "c.json", "budgets": [] }""", "'budgets' must be an object")]
    [InlineData("""{ "canary": "c.json", "budgets": { "wer": { "direction": "lower_is_better", "max": 1 } } }""", "gates.json has no 'baseline'")]
    [InlineData("""{ "baseline": "b.json", "canary": 3, "budgets": { "wer": { "direction": "lower_is_better", "max": 1 } } }""", "'canary' must be a path or an object")]
    [InlineData("""[1]""", "gates.json must be an object")]
    public void The_top_level_needs_baseline_canary_and_budgets(string json, string expected)
    {
        Assert.Contains(expected, SingleError(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_the_file_is_reported_at_once()
    {
        var result = Parse("""
            {
              "baseline": "b.json", "canary": "c.json",
              "budgets": {
                "wer": { "direction": "lower_is_better", "allowed_detla": 0.005 },
                "cer": { "direction": "sideways", "max": 1 }
              },
              "slices": { "min_samples": -3 }
            }
            """);

        Assert.Equal(new[] { 4, 4, 5, 7 }, result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Invalid_json_is_an_error_at_the_bad_token()
    {
        var error = Assert.Single(Parse("{\n  \"budgets\": {\n    \"wer\": { \"direction\": \"lower_is_better\" \"max\": 1 }\n  }\n}").Errors);

        Assert.Equal(3, error.Line);
        Assert.Equal(45, error.Column);
        Assert.StartsWith("gates.json is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_keys_are_errors()
    {
        var result = Parse("""{ "baseline": "b.json", "baseline": "x.json", "canary": "c.json", "budgets": { "wer": { "direction": "lower_is_better", "max": 1, "max": 2 } } }""");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Contains("duplicate key", e.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "budget": "wre", "reason": "r", "expires": "2026-12-31" }""", "names budget 'wre', which is not in 'budgets'; did you mean 'wer'?")]
    [InlineData("""{ "budget": "wer", "reason": "r", "expires": "31/12/2026" }""", "write the last day it applies as YYYY-MM-DD")]
    [InlineData("""{ "budget": "wer", "expires": "2026-12-31" }""", "a waiver has no 'reason'")]
    [InlineData("""{ "budget": "wer", "reason": "r" }""", "a waiver has no 'expires'")]
    public void Invalid_waivers_are_errors(string waiver, string expected)
    {
        var message = SingleError(Budgets("""{ "wer": { "direction": "lower_is_better", "max": 1 } }""", $"\"waivers\": [{waiver}]"));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"target_utilization\": 0", "target_utilization must be in (0, 1]")]
    [InlineData("\"target_utilization\": 1.2", "target_utilization must be in (0, 1]")]
    [InlineData("\"vad_savings\": 1", "vad_savings must be in [0, 1)")]
    [InlineData("\"vad_savings\": -0.1", "vad_savings must be in [0, 1)")]
    [InlineData("\"max_replicas\": -1", "max_replicas must be >= 0")]
    public void Out_of_range_capacity_says_the_valid_range(string setting, string expected)
    {
        var capacity = $$"""{ "concurrent_streams": 100, "gpu_seconds_per_audio_second": "rtf", {{setting}} }""";
        var message = SingleError(Budgets("""{ "wer": { "direction": "lower_is_better", "max": 1 } }""", $"\"capacity\": {capacity}"));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capacity_defaults_and_its_replicas_budget()
    {
        var config = Parse(Budgets(
            """{ "wer": { "direction": "lower_is_better", "max": 1 } }""",
            """ "capacity": { "concurrent_streams": 12000, "gpu_seconds_per_audio_second": "rtf", "max_replicas": 400 } """)).Config!;

        Assert.Equal(0.7m, config.Capacity!.TargetUtilization);
        Assert.Equal(0m, config.Capacity.VadSavings);
        var budget = config.Capacity.ToBudget();
        Assert.Equal("replicas", budget.Name);
        Assert.Equal(Direction.LowerIsBetter, budget.Direction);
        Assert.Equal(400m, budget.Max);
    }

    [Fact]
    public void A_replicas_budget_beside_capacity_is_an_error()
    {
        var message = SingleError(Budgets(
            """{ "replicas": { "direction": "lower_is_better", "max": 1 } }""",
            """ "capacity": { "concurrent_streams": 1, "gpu_seconds_per_audio_second": "rtf" } """));

        Assert.Contains("judged by the capacity section", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utterance_sources_and_statistics_are_read()
    {
        var config = Parse("""
            { "baseline": { "utterances": "eval/baseline/*.jsonl" }, "canary": { "utterances": "eval/canary.jsonl" },
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } },
              "statistics": { "confidence": 0.9, "resamples": 500, "seed": 7 } }
            """).Config!;

        Assert.True(config.Baseline.IsUtterances);
        Assert.Equal("eval/baseline/*.jsonl", config.Baseline.Written);
        Assert.Equal(0.9m, config.Statistics!.Confidence);
        Assert.Equal(500, config.Statistics.Resamples);
        Assert.Equal(7, config.Statistics.Seed);
    }

    [Theory]
    [InlineData("\"confidence\": 1", "confidence must be in (0, 1)")]
    [InlineData("\"resamples\": 0", "resamples must be a whole number from 1 to 1000000")]
    [InlineData("\"resamples\": 2.5", "resamples must be a whole number")]
    [InlineData("\"seed\": 1e12", "seed must be a whole number that fits in 32 bits")]
    public void Invalid_statistics_are_errors(string setting, string expected)
    {
        var message = SingleError(Budgets("""{ "wer": { "direction": "lower_is_better", "max": 1 } }""", $"\"statistics\": {{ {setting} }}"));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_does_not_exist_is_an_error_not_an_exception()
    {
        var result = GatesConfigReader.Read(System.IO.Path.Combine(System.IO.Path.GetTempPath(), Guid.NewGuid().ToString("N"), "gates.json"));

        Assert.Contains("gates.json does not exist", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
