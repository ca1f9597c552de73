using System.Security.Cryptography;
using System.Text;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;
using static ReleaseGates.Engine.Tests.Utterances.UtteranceCorpus;

namespace ReleaseGates.Engine.Tests.Utterances;

/// <summary>Contract §9: a canary scored on another set, or with another normaliser, is refused, not judged.</summary>
public sealed class ComparabilityTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void The_fingerprint_is_SHA256_over_per_utterance_digests_in_id_order_whatever_the_shards_and_lines()
    {
        _workspace.Write("one/all.jsonl", Lines(Utterance("b", "Hello, World!", "hello"), Utterance("a", "Start Metformin.", "x"), Utterance("c", "é", "e")));
        _workspace.Write("two/1.jsonl", Lines(Utterance("c", "é", "e")));
        _workspace.Write("two/2.jsonl", Lines(Utterance("a", "start metformin", "y"), Utterance("b", "hello world", "world")));

        var one = Fingerprint("one/*.jsonl");

        Assert.Equal(one, Fingerprint("two/*.jsonl"));
        Assert.Equal(Independent(("a", "start metformin"), ("b", "hello world"), ("c", "é")), one);
    }

    [Fact]
    public void Another_reference_or_another_id_changes_the_fingerprint()
    {
        _workspace.Write("a.jsonl", Lines(Utterance("a", "start metformin", "x")));
        _workspace.Write("b.jsonl", Lines(Utterance("a", "start metoprolol", "x")));
        _workspace.Write("c.jsonl", Lines(Utterance("a2", "start metformin", "x")));

        Assert.Equal(3, new[] { Fingerprint("a.jsonl"), Fingerprint("b.jsonl"), Fingerprint("c.jsonl") }.Distinct().Count());
    }

    [Fact]
    public void Metrics_output_records_the_normalizer_and_the_evaluation_set()
    {
        _workspace.Write("u.jsonl", Lines(Utterance("a", "x y", "x y"), Utterance("b", "z", "z")));

        var json = UtteranceMetricsJsonWriter.Write(UtteranceMetrics.Compute([_workspace.PathOf("u.jsonl")], UtteranceReadOptions.Standard));

        Assert.Contains("\"normalizer\": \"standard/1\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"eval_set\": {{\n    \"utterances\": 2,\n    \"fingerprint\": \"{Independent(("a", "x y"), ("b", "z"))}\"", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("normalizer", "\"standard/1\"", "\"none/1\"", "the canary's normalizer is none/1 but the baseline's is standard/1")]
    [InlineData("eval_set", """{ "utterances": 2, "fingerprint": "sha256:1111111111111111111111111111111111111111111111111111111111111111" }""",
        """{ "utterances": 2, "fingerprint": "sha256:2222222222222222222222222222222222222222222222222222222222222222" }""",
        "the canary's eval_set fingerprint is sha256:2222222222222222222222222222222222222222222222222222222222222222 but the baseline's is sha256:1111111111111111111111111111111111111111111111111111111111111111")]
    public void Outputs_that_disagree_are_invalid_input_naming_both_values(string key, string baseline, string canary, string message)
    {
        _workspace.Gates("""{ "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } }""")
            .Baseline($$"""{ "{{key}}": {{baseline}}, "metrics": { "wer": 0.08 } }""")
            .Canary($$"""{ "{{key}}": {{canary}}, "metrics": { "wer": 0.08 } }""");

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Equal((GateRules.InvalidInput, _workspace.PathOf("eval/canary.json")), (error.Id, error.FilePath));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_only_one_side_says_a_notice_says_it_could_not_be_checked()
    {
        _workspace.Gates("""{ "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } }""")
            .Baseline("""{ "normalizer": "standard/1", "metrics": { "wer": 0.08 } }""")
            .Canary("""{ "metrics": { "wer": 0.08 } }""");

        var report = _workspace.Run();

        var notice = Assert.Single(report.Notices);
        Assert.Equal((GateRules.Incomparable, 3), (notice.Id, notice.Line));
        Assert.Contains("the canary evaluation does not record its normalizer", notice.Message, StringComparison.Ordinal);
        Assert.Equal(Engine.Decision.CanaryDecision.Continue, report.Decision);
    }

    [Fact]
    public void A_malformed_eval_set_is_invalid_input()
    {
        _workspace.Gates("""{ "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } }""")
            .Baseline("""{ "eval_set": { "fingerprint": "abc" }, "metrics": { "wer": 0.08 } }""")
            .Canary("""{ "metrics": { "wer": 0.08 } }""");

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Contains("'eval_set' must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_whose_normalised_references_differ_is_invalid_naming_both_files_and_lines()
    {
        _workspace.Write("gates.json", """
            { "baseline": { "utterances": "eval/b.jsonl" }, "canary": { "utterances": "eval/c.jsonl" },
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 } } }
            """)
            .Write("eval/b.jsonl", Lines(Utterance("a", "Start metformin.", "x"), Utterance("b", "stop aspirin", "x")))
            .Write("eval/c.jsonl", Lines(Utterance("a", "start METFORMIN", "x"), Utterance("b", "stop ibuprofen", "x")));

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Equal((_workspace.PathOf("eval/b.jsonl"), 2), (error.FilePath, error.Line));
        Assert.Contains($"(here and at {_workspace.PathOf("eval/c.jsonl")} line 2)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("aspirin", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("one two three four five", "une two three four five")] // in the first eight bytes
    [InlineData("one two three four five", "one two threx four five")] // in a later eight
    [InlineData("one two three four five", "one two three four fivx")] // in the last few
    [InlineData("one two three", "one two three three")] // one a prefix of the other
    [InlineData("a", "")]
    public void References_that_differ_anywhere_are_told_apart(string baseline, string canary)
    {
        _workspace.Write("gates.json", """
            { "baseline": { "utterances": "eval/b.jsonl" }, "canary": { "utterances": "eval/c.jsonl" },
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 } } }
            """)
            .Write("eval/b.jsonl", Lines(Utterance("a", baseline, "x")))
            .Write("eval/c.jsonl", Lines(Utterance("a", canary, "x")));

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Contains("has a different normalised reference", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paired_id_in_another_group_is_invalid_naming_both_groups()
    {
        _workspace.Write("gates.json", """
            { "baseline": { "utterances": "eval/b.jsonl" }, "canary": { "utterances": "eval/c.jsonl" },
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 } } }
            """)
            .Write("eval/b.jsonl", """{"id": "t1", "group": "call-1", "reference": "a", "hypothesis": "a"}""" + "\n")
            .Write("eval/c.jsonl", """{"id": "t1", "group": "call-2", "reference": "a", "hypothesis": "a"}""" + "\n");

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Contains("is in group \"call-1\" in the baseline and in group \"call-2\" in the canary", error.Message, StringComparison.Ordinal);
    }

    private string Fingerprint(string pattern) =>
        UtteranceMetrics.Compute(ShardPattern.Expand(_workspace.Directory, pattern), UtteranceReadOptions.Standard).Fingerprint;

    /// <summary>The documented recipe, written out plainly: SHA-256 over the per-utterance digests in id order.</summary>
    private static string Independent(params (string Id, string NormalizedReference)[] utterances)
    {
        var digests = utterances
            .OrderBy(u => Encoding.UTF8.GetBytes(u.Id), Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)))
            .SelectMany(u => SHA256.HashData([.. Encoding.UTF8.GetBytes(u.Id), 0, .. Encoding.UTF8.GetBytes(u.NormalizedReference)]))
            .ToArray();
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(digests));
    }
}
