namespace ReleaseGates.Cli.Tests;

/// <summary>A run over Parquet records and replays a profile apart from a run over JSON Lines of the same command.</summary>
public sealed class JitProfileTests
{
    [Theory]
    [InlineData("metrics eval/baseline.jsonl -o out.json", "metrics")]
    [InlineData("metrics eval/*.parquet -o out.json", "metrics-parquet")]
    [InlineData("metrics eval/a.jsonl eval/b.PARQUET", "metrics-parquet")]
    [InlineData("init --baseline b.parquet --canary c.parquet", "init-parquet")]
    [InlineData("--version", "other")]
    [InlineData("", "other")]
    public void Metrics_and_init_are_told_apart_by_their_arguments(string arguments, string profile)
    {
        Assert.Equal(profile, JitProfile.NameFor(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Evaluate_keeps_one_profile_whatever_its_gates_file_names()
    {
        using var parquet = new GateFolder(gatesJson: """
            { "baseline": { "utterances": "eval/baseline/*.parquet" }, "canary": { "utterances": "eval/canary/*.parquet" }, "budgets": {} }
            """);

        Assert.Equal("evaluate", JitProfile.NameFor(["evaluate", parquet.GatesFile, "--format", "junit"]));
    }
}
