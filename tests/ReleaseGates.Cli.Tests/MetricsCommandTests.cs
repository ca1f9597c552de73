using System.Text.Json;

namespace ReleaseGates.Cli.Tests;

public sealed class MetricsCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "releasegates-cli-metrics-" + Guid.NewGuid().ToString("N")[..8]);

    public MetricsCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "eval", "shards"));
        Write("eval/shards/1.jsonl", """
            {"id": "a", "reference": "Start metformin 500 mg.", "hypothesis": "start met forming 500 mg", "slices": ["tenant:acme"], "entities": ["metformin"], "final_ms": 910}
            {"id": "b", "reference": "Hello, world!", "hypothesis": "hello world", "slices": ["tenant:acme", "accent:in"], "final_ms": 700}
            """);
        Write("eval/shards/2.jsonl", """
            {"id": "c", "reference": "the quick brown fox", "hypothesis": "the quick brown box", "first_partial_ms": 120, "partials": ["the", "the quack"]}
            """);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Metrics_are_written_as_the_structured_evaluation_output()
    {
        var run = CliRun.Of("metrics", Glob());

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("samples").GetInt32());
        Assert.Equal(0.3, root.GetProperty("metrics").GetProperty("wer").GetDouble()); // (2 + 0 + 1) / (4 + 2 + 4)
        Assert.Equal(1.0, root.GetProperty("metrics").GetProperty("entity_error_rate").GetDouble());
        Assert.Equal(910, root.GetProperty("metrics").GetProperty("final_ms_p95").GetDouble());
        Assert.Equal(0.25, root.GetProperty("metrics").GetProperty("partial_churn").GetDouble()); // "the quack" -> final takes back 1 of 4
        Assert.Equal(JsonValueKind.Null, root.GetProperty("slices").GetProperty("accent:in").GetProperty("metrics").GetProperty("entity_error_rate").ValueKind);
        Assert.Equal(2, root.GetProperty("slices").GetProperty("tenant:acme").GetProperty("samples").GetInt32());
    }

    [Fact]
    public void Output_goes_to_a_file_with_output_and_the_gate_reads_it()
    {
        var file = Path.Combine(_directory, "out", "canary.json");

        var run = CliRun.Of("metrics", Glob(), "--output", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"3 utterances, 2 slices: metrics written to {file}", run.Out, StringComparison.Ordinal);
        var evaluation = Engine.Evaluation.EvaluationOutputReader.Read(file, "canary");
        Assert.Equal(0.3m, evaluation.Overall.Metric("wer")!.Value);
        Assert.Equal(2m, evaluation.Slice("tenant:acme")!.Samples);
    }

    [Fact]
    public void Normalizer_none_scores_the_text_as_given()
    {
        using var standard = JsonDocument.Parse(CliRun.Of("metrics", Glob()).Out);
        using var none = JsonDocument.Parse(CliRun.Of("metrics", Glob(), "--normalizer", "none").Out);

        // Case and punctuation now count: "Start" and "mg." in a, "Hello," and "world!" in b.
        Assert.Equal(0.3, standard.RootElement.GetProperty("metrics").GetProperty("wer").GetDouble());
        Assert.Equal(0.7, none.RootElement.GetProperty("metrics").GetProperty("wer").GetDouble());
    }

    [Fact]
    public void Several_files_and_globs_are_read_together_once_each()
    {
        var run = CliRun.Of("metrics", Path.Combine(_directory, "eval", "shards", "1.jsonl"), Glob());

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(3, json.RootElement.GetProperty("samples").GetInt32());
    }

    [Fact]
    public void A_malformed_line_exits_1_naming_file_and_line_without_any_text()
    {
        Write("eval/shards/3.jsonl", "{\"id\": \"d\", \"reference\": \"metformin\", \"hypothesis\": \"metformin\"\n");

        var run = CliRun.Of("metrics", Glob());

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Out));
        Assert.Contains($"{Path.Combine(_directory, "eval", "shards", "3.jsonl")}(1,", run.Error, StringComparison.Ordinal);
        Assert.Contains("error RG4003: This line is not valid JSON", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("metformin", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glob_that_matches_nothing_exits_1_and_says_where_it_looked()
    {
        var run = CliRun.Of("metrics", Path.Combine(_directory, "eval", "*.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No file matches the pattern", run.Error, StringComparison.Ordinal);
        Assert.Contains($"(looked in {Path.Combine(_directory, "eval")}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("gates.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_normalizer_is_refused()
    {
        Assert.NotEqual(0, CliRun.Of("metrics", Glob(), "--normalizer", "lowercase").ExitCode);
    }

    [Fact]
    public void No_progress_is_drawn_when_standard_error_is_not_a_terminal()
    {
        Assert.Equal(string.Empty, CliRun.Of("metrics", Glob()).Error);
    }

    [Fact]
    public void Evaluate_judges_per_utterance_sources_and_prints_the_interval()
    {
        Write("gates.json", """
            {
              "baseline": { "utterances": "eval/shards/*.jsonl" },
              "canary": { "utterances": "eval/shards/*.jsonl" },
              "statistics": { "resamples": 400, "seed": 1 },
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0 } }
            }
            """);

        var run = CliRun.Of("evaluate", Path.Combine(_directory, "gates.json"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var overall = json.RootElement.GetProperty("results")[0];
        Assert.Equal((0.0, 0.0), (overall.GetProperty("ci_low").GetDouble(), overall.GetProperty("ci_high").GetDouble()));
    }

    private string Glob() => Path.Combine(_directory, "eval", "**", "*.jsonl");

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content + "\n");
    }

    [Fact]
    public void An_empty_file_exits_1_naming_it()
    {
        Write("eval/empty.jsonl", string.Empty);

        var run = CliRun.Of("metrics", Path.Combine(_directory, "eval", "empty.jsonl"));

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Out));
        Assert.StartsWith($"{Path.Combine(_directory, "eval", "empty.jsonl")}: error RG4003: There are no utterances in this file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glob_of_empty_files_exits_1()
    {
        Write("eval/empty/1.jsonl", "\n");
        Write("eval/empty/2.jsonl", string.Empty);

        var run = CliRun.Of("metrics", Path.Combine(_directory, "eval", "empty", "*.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("There are no utterances in this file or in the 1 other file read with it", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_to_a_folder_is_refused_with_a_file_name_to_use()
    {
        var run = CliRun.Of("metrics", Glob(), "--output", Path.Combine(_directory, "eval"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: --output {Path.Combine(_directory, "eval")} is a folder; give a file name", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_written_summary_counts_in_singular_and_plural()
    {
        Write("eval/one.jsonl", """{"id": "a", "reference": "a b", "hypothesis": "a b", "slices": ["tenant:acme"]}""" + "\n");

        var run = CliRun.Of("metrics", Path.Combine(_directory, "eval", "one.jsonl"), "--output", Path.Combine(_directory, "out", "m.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("1 utterance, 1 slice: metrics written to", run.Out, StringComparison.Ordinal);
    }
}
