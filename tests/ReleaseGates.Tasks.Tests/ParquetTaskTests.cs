namespace ReleaseGates.Tasks.Tests;

/// <summary>Contract §10: the task reads Parquet where its host can load the reader, and where it cannot says so
/// plainly (RG4003), never crashing. The loading itself is proven by the end-to-end consumer build.</summary>
public sealed class ParquetTaskTests : IDisposable
{
    private readonly TaskWorkspace _workspace = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void When_the_Parquet_reader_cannot_load_a_gate_naming_a_Parquet_file_is_a_plain_RG4003()
    {
        Gate("eval/baseline.parquet", "eval/canary.parquet")
            .Write("eval/baseline.parquet", "PAR1")
            .Write("eval/canary.parquet", "PAR1");

        var evaluated = Evaluate(() => throw new FileLoadException("Could not load file or assembly 'Parquet, Version=6.1.0.0'."));
        var report = Report();

        Assert.True(evaluated);
        Assert.Equal("invalid", report.Decision);
        var error = Assert.Single(_engine.Errors);
        Assert.Equal("RG4003", error.Code);
        Assert.Equal(Path.Combine(_workspace.Directory, "eval", "baseline.parquet"), error.File);
        Assert.StartsWith("This is a Parquet file, and this MSBuild host cannot read Parquet: the Parquet reader beside the ReleaseGates task did not load (FileLoadException: Could not load file or assembly 'Parquet, Version=6.1.0.0'.). Build with dotnet build", error.Message, StringComparison.Ordinal);
        Assert.Contains("run release-gates evaluate", error.Message, StringComparison.Ordinal);
        Assert.Contains("convert the file to JSON Lines", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("failed unexpectedly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gate_without_Parquet_files_never_loads_the_Parquet_reader()
    {
        Gate("eval/baseline.jsonl", "eval/canary.jsonl")
            .Write("eval/baseline.jsonl", """{"id": "a", "reference": "one two", "hypothesis": "one two"}""")
            .Write("eval/canary.jsonl", """{"id": "a", "reference": "one two", "hypothesis": "one two"}""");
        var loaded = false;

        Assert.True(Evaluate(() =>
        {
            loaded = true;
            throw new InvalidOperationException("not expected");
        }));

        Assert.False(loaded);
        Assert.Equal("continue", Report().Decision);
    }

    private TaskWorkspace Gate(string baseline, string canary) =>
        _workspace.Write("gates.json", $$"""
            {
              "baseline": { "utterances": "{{baseline}}" },
              "canary": { "utterances": "{{canary}}" },
              "statistics": false,
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 } }
            }
            """);

    private bool Evaluate(Func<System.Reflection.Assembly> loadParquet) =>
        new EvaluateReleaseGates
        {
            BuildEngine = _engine,
            GatesFile = _workspace.GatesFile,
            JsonReport = _workspace.JsonReport,
            MarkdownReport = _workspace.MarkdownReport,
            Today = "2026-11-25",
            LoadParquet = loadParquet,
        }.Execute();

    private ReportReleaseGates Report()
    {
        var report = new ReportReleaseGates { BuildEngine = _engine, ReportFile = _workspace.JsonReport };
        report.Execute();
        return report;
    }
}
