using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;
using static ReleaseGates.Engine.Tests.Utterances.UtteranceCorpus;

namespace ReleaseGates.Engine.Tests.Utterances;

/// <summary>NeMo manifests (contract §10): audio_filepath (or id) is the id, text the reference, pred_text the
/// hypothesis, other top-level numbers and booleans are measures; the metrics are those of the same utterances in
/// our own lines.</summary>
public sealed class NemoManifestTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_manifest_scores_like_the_same_utterances_in_our_lines()
    {
        _workspace.Write("nemo.json", string.Join("\n",
            """{"audio_filepath": "/data/a.wav", "duration": 2.5, "text": "start metformin five hundred", "pred_text": "start met forming five hundred", "lang": "en"}""",
            """{"audio_filepath": "/data/b.wav", "duration": 1.25, "text": "stop aspirin", "pred_text": "stop aspirin", "is_noisy": true}""") + "\n");
        _workspace.Write("ours.jsonl", string.Join("\n",
            """{"id": "/data/a.wav", "reference": "start metformin five hundred", "hypothesis": "start met forming five hundred", "measures": {"duration": 2.5}}""",
            """{"id": "/data/b.wav", "reference": "stop aspirin", "hypothesis": "stop aspirin", "measures": {"duration": 1.25, "is_noisy": true}}""") + "\n");

        var nemo = ComputeMetrics(_workspace, "nemo.json", format: UtteranceFormat.Nemo).Overall;
        var ours = ComputeMetrics(_workspace, "ours.jsonl").Overall;

        Assert.Equal(ours.Values, nemo.Values);
        Assert.Equal(2.0 / 6, nemo[MetricNames.WordErrorRate]); // a substitution and an insertion over six reference words
        Assert.Equal(1.875, nemo["duration_mean"]);
        Assert.Equal(1.0, nemo["is_noisy_rate"]);
    }

    [Fact]
    public void An_id_beside_audio_filepath_names_the_utterance()
    {
        _workspace.Write("nemo.json", """{"id": "utt-1", "audio_filepath": "/data/a.wav", "text": "x", "pred_text": "x"}""" + "\n"
            + """{"audio_filepath": "/data/a.wav", "id": "utt-2", "text": "x", "pred_text": "x"}""" + "\n");

        var set = Read(_workspace, "nemo.json", format: UtteranceFormat.Nemo);

        Assert.Equal(["utt-1", "utt-2"], Enumerable.Range(0, set.Count).Select(set.Ids.GetString));
    }

    [Theory]
    [InlineData("""{"text": "x", "pred_text": "x"}""", "no \"audio_filepath\" (or \"id\")")]
    [InlineData("""{"audio_filepath": "a.wav", "text": "x"}""", "has \"text\" but no \"pred_text\"")]
    [InlineData("""{"audio_filepath": 7, "text": "x", "pred_text": "x"}""", "\"audio_filepath\" must be a string")]
    [InlineData("""{"audio_filepath": "a.wav", "text": "x", "pred_text": "x",""", "is not valid JSON")]
    public void Mistakes_are_invalid_at_their_line(string line, string message)
    {
        _workspace.Write("nemo.json", """{"audio_filepath": "ok.wav", "text": "x", "pred_text": "x"}""" + "\n" + line + "\n");

        var error = Assert.Single(Assert.Throws<Diagnostics.InvalidInputException>(() => Read(_workspace, "nemo.json", format: UtteranceFormat.Nemo)).Errors);

        Assert.Equal((_workspace.PathOf("nemo.json"), 2), (error.FilePath, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gate_reads_nemo_manifests_with_format_nemo()
    {
        _workspace.Write("gates.json", """
            {
              "baseline": { "utterances": "eval/baseline.json", "format": "nemo" },
              "canary": { "utterances": "eval/canary.json", "format": "nemo" },
              "statistics": false,
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 } }
            }
            """)
            .Write("eval/baseline.json", """{"audio_filepath": "a.wav", "text": "one two three four", "pred_text": "one two three four"}""" + "\n")
            .Write("eval/canary.json", """{"audio_filepath": "a.wav", "text": "one two three four", "pred_text": "one two three for"}""" + "\n");

        var result = _workspace.Run().Results.Single();

        Assert.Equal((0m, 0.25m, Engine.Decision.ResultStatus.Regressed), (result.Baseline!.Value.Finite, result.Canary!.Value.Finite, result.Status));
    }

    [Fact]
    public void An_unknown_format_is_a_configuration_error_with_the_choices()
    {
        _workspace.Write("gates.json", """
            {
              "baseline": { "utterances": "eval/b.json", "format": "nemmo" },
              "canary": { "utterances": "eval/c.json" },
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 } }
            }
            """);

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Contains("'format' in 'baseline' is 'nemmo'; use 'releasegates' or 'nemo'; did you mean 'nemo'?", error.Message, StringComparison.Ordinal);
    }
}
