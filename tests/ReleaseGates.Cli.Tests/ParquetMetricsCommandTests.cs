namespace ReleaseGates.Cli.Tests;

/// <summary>The tool reads Parquet (contract §10): it registers the Parquet reader at start.</summary>
public sealed class ParquetMetricsCommandTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public void Metrics_of_a_Parquet_file_are_those_of_its_JSON_Lines_twin()
    {
        var parquet = CliRun.Of("metrics", Fixture("baseline.parquet"));
        var lines = CliRun.Of("metrics", Fixture("baseline.jsonl"));

        Assert.Equal((0, string.Empty), (parquet.ExitCode, parquet.Error));
        Assert.Equal(lines.Out, parquet.Out);
    }
}
