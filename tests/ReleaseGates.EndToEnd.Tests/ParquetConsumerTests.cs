namespace ReleaseGates.EndToEnd.Tests;

/// <summary>Contract §10 in a consumer's dotnet build: the task loads the Parquet reader packed beside it and judges
/// Parquet files (written by DuckDB: tests/ReleaseGates.Parquet.Tests/Fixtures) as the CLI does.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ParquetConsumerTests(PackageFeed feed)
{
    private static readonly string Fixtures = Path.Combine(RepositoryLayout.Root, "tests", "ReleaseGates.Parquet.Tests", "Fixtures");

    [Fact]
    public void A_gate_over_Parquet_files_is_judged_in_dotnet_build()
    {
        var project = ConsumerProject.Create(feed, "gate-parquet")
            .WithFile("Service.cs", "namespace Consumer { public sealed class Service { } }")
            .WithFile("gates.json", """
                {
                  "release": { "candidate": "asr-v8", "rollback_flags": ["asr.v8"] },
                  "baseline": { "utterances": "eval/baseline/*.parquet" },
                  "canary": { "utterances": "eval/canary/*.parquet" },
                  "statistics": { "resamples": 400, "seed": 1 },
                  "budgets": {
                    "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 },
                    "barge_in_rate": { "direction": "lower_is_better", "allowed_delta": 0.05 }
                  }
                }
                """);
        Directory.CreateDirectory(project.PathOf("eval/baseline"));
        Directory.CreateDirectory(project.PathOf("eval/canary"));
        File.Copy(Path.Combine(Fixtures, "baseline.parquet"), project.PathOf("eval/baseline/part-0.parquet"));
        File.Copy(Path.Combine(Fixtures, "canary.parquet"), project.PathOf("eval/canary/part-0.parquet"));

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{project.PathOf("gates.json")}(7,5): error RG4001: wer: ", build.Output, StringComparison.Ordinal);
        Assert.Contains("roll back asr-v8 (flag asr.v8)", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("RG4003", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4018", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", build.Output, StringComparison.Ordinal);
        var report = File.ReadAllText(project.PathOf("obj/Debug/net10.0/releasegates/release-gates.json"));
        Assert.Contains("barge_in_rate", report, StringComparison.Ordinal);
    }
}
