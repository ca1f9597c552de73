namespace ReleaseGates.Engine.Tests;

public sealed class ReleaseGateTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_missing_evaluation_file_is_invalid_input_at_the_gates_json_line_that_names_it()
    {
        _workspace.Gates("""{ "wer": { "direction": "lower_is_better", "max": 1 } }""").Baseline("""{ "wer": 0.1 }""");

        var report = _workspace.Run();

        Assert.False(report.IsValid);
        var error = Assert.Single(report.Errors);
        Assert.Equal(_workspace.GatesFile, error.FilePath);
        Assert.Equal(3, error.Line);
        Assert.Contains("canary evaluation output 'eval/canary.json' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains(_workspace.PathOf("eval/canary.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluation_file_that_is_not_json_is_invalid_input_naming_it_at_the_bad_token()
    {
        _workspace.Gates("""{ "wer": { "direction": "lower_is_better", "max": 1 } }""")
            .Baseline("""{ "wer": 0.1 }""")
            .Canary("{\n  \"wer\": 0.1,\n  oops\n}");

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Equal(_workspace.PathOf("eval/canary.json"), error.FilePath);
        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
    }

    [Fact]
    public void Problems_on_both_sides_are_all_reported()
    {
        _workspace.Gates("""{ "wer": { "direction": "lower_is_better", "max": 1 } }""").Baseline("[]").Canary("3");

        Assert.Equal(2, _workspace.Run().Errors.Count);
    }

    [Fact]
    public void Input_files_are_gates_json_and_the_evaluation_outputs_it_names()
    {
        _workspace.Gates("""{ "wer": { "direction": "lower_is_better", "max": 1 } }""");

        Assert.Equal(
            new[] { _workspace.GatesFile, _workspace.PathOf("eval/baseline.json"), _workspace.PathOf("eval/canary.json") },
            ReleaseGate.InputFiles(_workspace.GatesFile));
    }

    [Fact]
    public void Input_files_of_an_invalid_gates_json_are_just_gates_json()
    {
        _workspace.Write("gates.json", "{");

        Assert.Equal(new[] { _workspace.GatesFile }, ReleaseGate.InputFiles(_workspace.GatesFile));
    }
}
