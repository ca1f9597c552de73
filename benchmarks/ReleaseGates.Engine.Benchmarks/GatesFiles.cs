namespace ReleaseGates.Engine.Benchmarks;

/// <summary>
/// The gates.json files the evaluate measurements run: a budget on every metric the streaming-ASR corpus has — wer,
/// entity_error_rate, partial_churn, both latencies' p50, p95, p99 and timeout rates — judged on the point estimates
/// (<see cref="PointEstimates"/>) and with the default statistics, the paired bootstrap of all of them over 1,000
/// resamples at 95 %, overall and on every slice (<see cref="Bootstrap"/>).
/// </summary>
internal static class GatesFiles
{
    public const string PointEstimates = "gates-point.json";
    public const string Bootstrap = "gates.json";

    private const string Budgets = """
          "budgets": {
            "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 },
            "entity_error_rate": { "direction": "lower_is_better", "allowed_delta": 0.02 },
            "partial_churn": { "direction": "lower_is_better", "allowed_delta": 0.02 },
            "first_partial_ms_p50": { "direction": "lower_is_better", "allowed_relative_delta": 0.05 },
            "first_partial_ms_p95": { "direction": "lower_is_better", "allowed_relative_delta": 0.05 },
            "first_partial_ms_p99": { "direction": "lower_is_better", "allowed_relative_delta": 0.10 },
            "first_partial_ms_timeout_rate": { "direction": "lower_is_better", "allowed_delta": 0.005 },
            "final_ms_p50": { "direction": "lower_is_better", "allowed_relative_delta": 0.05 },
            "final_ms_p95": { "direction": "lower_is_better", "allowed_relative_delta": 0.05 },
            "final_ms_p99": { "direction": "lower_is_better", "allowed_relative_delta": 0.10 },
            "final_ms_timeout_rate": { "direction": "lower_is_better", "allowed_delta": 0.005 }
          }
        """;

    public static void Write(string directory)
    {
        foreach (var (file, statistics) in new[] { (PointEstimates, "false"), (Bootstrap, "{ \"confidence\": 0.95, \"resamples\": 1000, \"seed\": 0 }") })
        {
            File.WriteAllText(Path.Combine(directory, file), $$"""
                {
                  "version": 1,
                  "baseline": { "utterances": "baseline/*.jsonl" },
                  "canary": { "utterances": "canary/*.jsonl" },
                  "statistics": {{statistics}},
                {{Budgets}}
                }
                """);
        }
    }
}
