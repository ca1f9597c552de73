using ReleaseGates.Engine.Metrics;
using static ReleaseGates.Engine.Tests.Utterances.UtteranceCorpus;

namespace ReleaseGates.Engine.Tests.Metrics;

public sealed class UtteranceMetricsTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Wer_is_the_sum_of_edits_over_the_sum_of_reference_words_not_a_mean_of_ratios()
    {
        // Per-utterance WERs 1/1 and 0/9 average to 0.5; the micro-average is 1/10.
        Write(Utterance("a", "one", "two"), Utterance("b", "a b c d e f g h i", "a b c d e f g h i"));

        Assert.Equal(0.1, Overall()[MetricNames.WordErrorRate]);
    }

    [Fact]
    public void Wer_without_any_reference_words_is_not_a_number()
    {
        Write(Utterance("a", "", "words"), Utterance("b", "...", ""));

        Assert.True(double.IsNaN(Overall()[MetricNames.WordErrorRate]));
    }

    [Fact]
    public void Entity_error_rate_is_the_share_of_all_entities_missed()
    {
        Write(
            new { id = "a", reference = "x", hypothesis = "start metformin", entities = new[] { "metformin", "aspirin" } },
            new { id = "b", reference = "x", hypothesis = "500 mg", entities = new[] { "500 mg" } },
            Utterance("c", "x", "no entities here"));

        Assert.Equal(1.0 / 3, Overall()[MetricNames.EntityErrorRate]);
    }

    [Fact]
    public void Latency_percentiles_are_nearest_rank_over_the_utterances_that_report_them()
    {
        Write(Enumerable.Range(1, 20).Select(i => (object)new { id = $"u{i}", reference = "x", hypothesis = "x", first_partial_ms = i * 10, final_ms = i * 100 })
            .Append(Utterance("no-latency", "x", "x")).ToArray());

        var metrics = Overall();

        Assert.Equal((100.0, 190.0, 200.0), (metrics["first_partial_ms_p50"], metrics["first_partial_ms_p95"], metrics["first_partial_ms_p99"]));
        Assert.Equal((1000.0, 1900.0, 2000.0), (metrics["final_ms_p50"], metrics["final_ms_p95"], metrics["final_ms_p99"]));
    }

    [Fact]
    public void Partial_churn_is_words_taken_back_over_final_words_of_the_utterances_with_partials()
    {
        Write(
            new { id = "a", reference = "x", hypothesis = "start metformin", partials = new[] { "start met" } },
            new { id = "b", reference = "x", hypothesis = "one two three", partials = new[] { "one", "one two" } },
            Utterance("c", "x", "not streamed at all"));

        Assert.Equal(1.0 / 5, Overall()[MetricNames.PartialChurn]);
    }

    [Fact]
    public void Every_slice_gets_the_same_metrics_from_its_own_utterances()
    {
        Write(
            new { id = "a", reference = "one two", hypothesis = "one", slices = new[] { "tenant:acme", "accent:in" } },
            new { id = "b", reference = "three four", hypothesis = "three four", slices = new[] { "tenant:acme" } },
            Utterance("c", "five", "six"));

        var evaluation = ComputeMetrics(_workspace, "eval/u.jsonl");

        Assert.Equal((3, 0.4), (evaluation.Overall.Samples, evaluation.Overall[MetricNames.WordErrorRate]));
        Assert.Equal(["accent:in", "tenant:acme"], evaluation.Slices.Select(s => s.Key));
        Assert.Equal((1, 0.5), (evaluation.Slices[0].Value.Samples, evaluation.Slices[0].Value[MetricNames.WordErrorRate]));
        Assert.Equal((2, 0.25), (evaluation.Slices[1].Value.Samples, evaluation.Slices[1].Value[MetricNames.WordErrorRate]));
        Assert.Equal(
            [
                "samples", "wer", "entity_error_rate",
                "first_partial_ms_p50", "first_partial_ms_p95", "first_partial_ms_p99", "first_partial_ms_timeout_rate",
                "final_ms_p50", "final_ms_p95", "final_ms_p99", "final_ms_timeout_rate", "partial_churn",
            ],
            evaluation.Slices[1].Value.Values.Select(v => v.Key));
    }

    [Fact]
    public void The_samples_metric_counts_utterances()
    {
        Write(Utterance("a", "x", "x"), Utterance("b", "", ""));

        Assert.Equal(2, Overall()[MetricNames.Samples]);
    }

    private void Write(params object[] utterances) => _workspace.Write("eval/u.jsonl", Lines(utterances));

    private MetricValues Overall() => ComputeMetrics(_workspace, "eval/u.jsonl").Overall;
}
