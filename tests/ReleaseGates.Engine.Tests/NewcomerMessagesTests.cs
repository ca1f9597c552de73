using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Engine.Tests;

/// <summary>Messages for the mistakes a new team makes first: they name the file they mean and say what is wrong.</summary>
public sealed class NewcomerMessagesTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_gates_file_that_does_not_exist_is_named_as_given()
    {
        var report = ReleaseGate.Run(_workspace.PathOf("nope.json"), Workspace.Today);

        var error = Assert.Single(report.Errors);
        Assert.Equal(_workspace.PathOf("nope.json"), error.FilePath);
        Assert.StartsWith("nope.json does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_the_gates_file_is_called_a_folder()
    {
        System.IO.Directory.CreateDirectory(_workspace.PathOf("release"));

        var error = Assert.Single(ReleaseGate.Run(_workspace.PathOf("release"), Workspace.Today).Errors);

        Assert.StartsWith("release is a folder, not a gates file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_an_evaluation_file_is_called_a_folder_at_the_gates_json_line()
    {
        _workspace.Gates("""{ "wer": { "direction": "lower_is_better", "max": 1 } }""").Canary("""{ "wer": 0.1 }""");
        System.IO.Directory.CreateDirectory(_workspace.PathOf("eval/baseline.json"));

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Equal((_workspace.GatesFile, 2), (error.FilePath, error.Line));
        Assert.Contains("baseline evaluation output 'eval/baseline.json' is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_a_per_utterance_file_is_called_a_folder()
    {
        _workspace.Write("gates.json", """
            { "baseline": { "utterances": "eval/baseline" }, "canary": { "utterances": "eval/canary.jsonl" },
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 } } }
            """)
            .Write("eval/canary.jsonl", """{"id": "u1", "reference": "a b", "hypothesis": "a b"}""" + "\n");
        System.IO.Directory.CreateDirectory(_workspace.PathOf("eval/baseline"));

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Contains("This is a folder, not a per-utterance file", error.Message, StringComparison.Ordinal);
        Assert.Contains("eval/baseline/*.jsonl", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("-5")]
    [InlineData("2.5")]
    public void Samples_that_are_not_a_count_say_a_whole_number_at_least_zero(string samples)
    {
        _workspace.Gates("""{ "wer": { "direction": "lower_is_better", "max": 1 } }""")
            .Baseline($$"""{ "samples": {{samples}}, "metrics": { "wer": 0.1 } }""")
            .Canary("""{ "samples": 5, "metrics": { "wer": 0.1 } }""");

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Equal($"'samples' at the top level is {samples}; it must be a whole number >= 0, the count of utterances evaluated", error.Message);
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("-5")]
    public void Min_samples_that_is_not_a_count_says_a_whole_number_at_least_zero(string minSamples)
    {
        _workspace.Gates("""{ "wer": { "direction": "lower_is_better", "max": 1 } }""", $$""" "slices": { "min_samples": {{minSamples}} } """);

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Contains("whole number >= 0", error.Message, StringComparison.Ordinal);
        Assert.Equal(GateRules.InvalidInput, error.Id);
    }

    [Fact]
    public void An_empty_per_utterance_file_is_invalid_input_naming_the_file()
    {
        _workspace.Write("gates.json", """
            { "baseline": { "utterances": "eval/b.jsonl" }, "canary": "eval/canary.json",
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 } } }
            """)
            .Write("eval/b.jsonl", "\n\n")
            .Canary("""{ "wer": 0.1 }""");

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Equal(_workspace.PathOf("eval/b.jsonl"), error.FilePath);
        Assert.StartsWith("There are no utterances in this file", error.Message, StringComparison.Ordinal);
    }
}
