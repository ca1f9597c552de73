using ReleaseGates.Engine;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Reports;
using static ReleaseGates.Parquet.Tests.Fixtures;

namespace ReleaseGates.Parquet.Tests;

/// <summary>The whole gate over Parquet on both sides decides what it decides over the same data as JSON Lines.</summary>
public sealed class ParquetGateTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "releasegates-parquet-" + Guid.NewGuid().ToString("N")[..8]);

    public ParquetGateTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_gate_over_Parquet_on_both_sides_decides_as_over_the_JSON_Lines_twins()
    {
        var parquet = Run("parquet");
        var lines = Run("jsonl");

        Assert.True(parquet.IsValid, string.Join("\n", parquet.Errors));
        Assert.Equal(CanaryDecision.Rollback, parquet.Decision);
        Assert.Equal(
            ReportJsonWriter.Write(lines).Replace(".jsonl", ".parquet", StringComparison.Ordinal),
            ReportJsonWriter.Write(parquet).Replace("gates-parquet.json", "gates-jsonl.json", StringComparison.Ordinal));
        var wer = parquet.Results.Single(r => r.Budget == "wer" && r.Slice is null);
        Assert.Equal(ResultStatus.Regressed, wer.Status);
        Assert.NotNull(wer.Interval); // judged on the paired bootstrap
    }

    private GateReport Run(string extension)
    {
        var gates = Path.Combine(_directory, $"gates-{extension}.json");
        File.WriteAllText(gates, $$"""
            {
              "baseline": { "utterances": "{{Escape(PathOf("baseline." + extension))}}" },
              "canary": { "utterances": "{{Escape(PathOf("canary." + extension))}}" },
              "statistics": { "resamples": 400, "seed": 3 },
              "budgets": {
                "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 },
                "final_ms_p95": { "direction": "lower_is_better", "allowed_delta": 50 },
                "barge_in_rate": { "direction": "lower_is_better", "allowed_delta": 0.05 },
                "cost_usd_mean": { "direction": "lower_is_better", "allowed_delta": 0.01 }
              }
            }
            """);
        return ReleaseGate.Run(gates, new DateTime(2026, 11, 25));
    }

    private static string Escape(string path) => path.Replace("\\", "\\\\", StringComparison.Ordinal);
}
