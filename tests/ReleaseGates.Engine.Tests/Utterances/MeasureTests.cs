using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Metrics;
using static ReleaseGates.Engine.Tests.Utterances.UtteranceCorpus;

namespace ReleaseGates.Engine.Tests.Utterances;

/// <summary>Measures on per-utterance lines (contract §8): numbers, booleans, null, timeouts, and every mistake in them.</summary>
public sealed class MeasureTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_number_measure_gives_mean_percentiles_and_timeout_rate_and_a_boolean_one_its_rate()
    {
        _workspace.Write("eval/u.jsonl", Turns(
            """{"id": "t1", "measures": {"first_audio_byte_ms": 180, "barge_in": false}}""",
            """{"id": "t2", "measures": {"first_audio_byte_ms": 220, "barge_in": true}}""",
            """{"id": "t3", "measures": {"first_audio_byte_ms": null, "barge_in": true}}""",
            """{"id": "t4", "measures": {"first_audio_byte_ms": 200}}"""));

        var overall = ComputeMetrics(_workspace, "eval/u.jsonl").Overall;

        Assert.Equal(4, overall.Samples);
        Assert.Equal(200.0, overall["first_audio_byte_ms_mean"]);
        Assert.Equal((200.0, 220.0, 220.0), (overall["first_audio_byte_ms_p50"], overall["first_audio_byte_ms_p95"], overall["first_audio_byte_ms_p99"]));
        Assert.Equal(0.0, overall["first_audio_byte_ms_timeout_rate"]);
        Assert.Equal(2.0 / 3, overall["barge_in_rate"]);
        Assert.True(double.IsNaN(overall[MetricNames.WordErrorRate])); // lines without texts count in samples, not in wer
    }

    [Fact]
    public void The_mean_is_the_correctly_rounded_sum_over_the_count_as_Python_fsum()
    {
        // Naive left-to-right summing gives 0.0 for the first and 0.6000000000000001 for the second.
        _workspace.Write("eval/u.jsonl", Turns(
            """{"id": "a", "slices": ["big"], "measures": {"cost": 1e16}}""",
            """{"id": "b", "slices": ["big"], "measures": {"cost": 1}}""",
            """{"id": "c", "slices": ["big"], "measures": {"cost": -1e16}}""",
            """{"id": "d", "slices": ["tenths"], "measures": {"cost": 0.1}}""",
            """{"id": "e", "slices": ["tenths"], "measures": {"cost": 0.2}}""",
            """{"id": "f", "slices": ["tenths"], "measures": {"cost": 0.3}}"""));

        var evaluation = ComputeMetrics(_workspace, "eval/u.jsonl");

        Assert.Equal(1.0 / 3, evaluation.Slices.Single(s => s.Key == "big").Value["cost_mean"]);
        Assert.Equal(0.6 / 3, evaluation.Slices.Single(s => s.Key == "tenths").Value["cost_mean"]);
    }

    [Fact]
    public void Infinity_is_a_timeout_ranked_above_every_value_and_a_mean_over_one_is_infinite()
    {
        _workspace.Write("eval/u.jsonl", Turns(
            """{"id": "a", "measures": {"turn_latency_ms": 900}}""",
            """{"id": "b", "measures": {"turn_latency_ms": Infinity}}""",
            """{"id": "c", "measures": {"turn_latency_ms": 1e400}}""",
            """{"id": "d", "measures": {"turn_latency_ms": 700}}"""));

        var overall = ComputeMetrics(_workspace, "eval/u.jsonl").Overall;

        Assert.Equal(double.PositiveInfinity, overall["turn_latency_ms_mean"]);
        Assert.Equal((900.0, double.PositiveInfinity), (overall["turn_latency_ms_p50"], overall["turn_latency_ms_p95"]));
        Assert.Equal(0.5, overall["turn_latency_ms_timeout_rate"]);
    }

    [Fact]
    public void Metrics_output_writes_an_infinite_percentile_as_Infinity()
    {
        _workspace.Write("eval/u.jsonl", Turns("""{"id": "a", "measures": {"m": Infinity}}"""));
        var metrics = UtteranceMetrics.Compute([_workspace.PathOf("eval/u.jsonl")], Engine.Utterances.UtteranceReadOptions.Standard);

        var json = UtteranceMetricsJsonWriter.Write(metrics);

        Assert.Contains("\"m_p95\": Infinity", json, StringComparison.Ordinal);
        Assert.Contains("\"m_mean\": Infinity", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id": "a", "measures": {"barge_in": "no"}}""", 38, "A measure is a number (Infinity for a timeout), true/false, or null")]
    [InlineData("""{"id": "a", "measures": {"barge_in": [true]}}""", 38, "A measure is a number")]
    [InlineData("""{"id": "a", "measures": {"barge_in": {"x": 1}}}""", 38, "A measure is a number")]
    [InlineData("""{"id": "a", "measures": [1, 2]}""", 25, "\"measures\" must be an object")]
    [InlineData("""{"id": "a", "measures": {"Barge_In": true}}""", 26, "is not of the form [a-z][a-z0-9_]*")]
    [InlineData("""{"id": "a", "measures": {"9lives": 1}}""", 26, "is not of the form [a-z][a-z0-9_]*")]
    [InlineData("""{"id": "a", "measures": {"wer": 0.1}}""", 26, "is taken by a built-in field or metric")]
    [InlineData("""{"id": "a", "measures": {"final_ms": 10}}""", 26, "is taken by a built-in field or metric")]
    [InlineData("""{"id": "a", "measures": {"m": 1, "m": 2}}""", 34, "appears twice in \"measures\"")]
    [InlineData("""{"id": "a", "measures": {"m": -Infinity}}""", 31, "-Infinity has no meaning")]
    [InlineData("""{"id": "a", "reference": "hello"}""", 0, "has \"reference\" but no \"hypothesis\"")]
    [InlineData("""{"id": "a", "hypothesis": "hello"}""", 0, "has \"hypothesis\" but no \"reference\"")]
    [InlineData("""{"id": "a", "group": 7}""", 22, "\"group\" must be a non-empty string")]
    public void A_bad_measure_or_field_is_invalid_at_its_line_and_column(string line, int column, string message)
    {
        _workspace.Write("eval/u.jsonl", Turns("""{"id": "ok", "measures": {"m": 1}}""", line));

        var error = ReadError(_workspace, "eval/u.jsonl");

        Assert.Equal((2, Math.Max(column, 1)), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hello", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_that_is_a_number_on_one_line_and_a_boolean_on_another_is_invalid_at_the_second()
    {
        _workspace.Write("eval/u.jsonl", Turns(
            """{"id": "a", "measures": {"handoff": true}}""",
            """{"id": "b", "measures": {"handoff": null}}""",
            """{"id": "c", "measures": {"handoff": 1}}"""));

        var error = ReadError(_workspace, "eval/u.jsonl");

        Assert.Equal((3, 37), (error.Line, error.Column));
        Assert.Contains("\"handoff\" is true/false on line 1 of this file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_of_another_kind_in_another_shard_names_both_places()
    {
        _workspace.Write("eval/1.jsonl", Turns("""{"id": "a", "measures": {"handoff": true}}"""));
        _workspace.Write("eval/2.jsonl", Turns("""{"id": "b", "measures": {"handoff": 0.5}}"""));

        var error = ReadError(_workspace, "eval/*.jsonl");

        Assert.Equal((_workspace.PathOf("eval/2.jsonl"), 1), (error.FilePath, error.Line));
        Assert.Contains($"not at {_workspace.PathOf("eval/1.jsonl")} line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budgets_judge_measures_like_any_metric_with_statistics()
    {
        var baseline = string.Join("\n", Enumerable.Range(0, 300).Select(i => $$"""{"id": "t{{i}}", "group": "call-{{i / 5}}", "slices": ["lang:{{(i % 2 == 0 ? "en" : "es")}}"], "measures": {"abandoned": {{(i % 10 == 0 ? "true" : "false")}}, "cost_usd": 0.003 """ + "}}"));
        var canary = string.Join("\n", Enumerable.Range(0, 300).Select(i => $$"""{"id": "t{{i}}", "group": "call-{{i / 5}}", "slices": ["lang:{{(i % 2 == 0 ? "en" : "es")}}"], "measures": {"abandoned": {{(i % 10 == 0 || (i % 2 == 1 && i % 3 == 0) ? "true" : "false")}}, "cost_usd": 0.0029 """ + "}}"));
        _workspace.Write("gates.json", """
            {
              "baseline": { "utterances": "eval/b.jsonl" },
              "canary": { "utterances": "eval/c.jsonl" },
              "budgets": {
                "abandoned_rate": { "direction": "lower_is_better", "allowed_delta": 0.02 },
                "cost_usd_mean": { "direction": "lower_is_better", "allowed_relative_delta": 0.05 }
              }
            }
            """).Write("eval/b.jsonl", baseline + "\n").Write("eval/c.jsonl", canary + "\n");

        var report = _workspace.Run();

        var rollbacks = report.Results.Where(r => r.Action == GateAction.Rollback).Select(r => (r.Budget, r.Slice)).ToList();
        Assert.Equal([("abandoned_rate", null), ("abandoned_rate", "lang:es")], rollbacks);
        Assert.All(report.Results.Where(r => r.Budget == "cost_usd_mean"), r => Assert.Equal(ResultStatus.Pass, r.Status));
        Assert.Contains("1000 resamples of 60 groups (calls, sessions, speakers)", report.Noise!.Description, StringComparison.Ordinal); // 300 turns in 60 calls
    }

    private static string Turns(params string[] lines) => string.Join("\n", lines) + "\n";
}
