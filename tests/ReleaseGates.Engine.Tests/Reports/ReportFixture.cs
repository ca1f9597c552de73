namespace ReleaseGates.Engine.Tests.Reports;

/// <summary>The gate every report writer is tested on: wer rolls back on tenant:acme, correction_rate pauses overall.</summary>
internal static class ReportFixture
{
    public static Workspace RollbackOnAcmeAndAPause()
    {
        var workspace = new Workspace();
        workspace.Write("gates.json", """
            {
              "release": { "model": "asr", "baseline": "asr-v6", "candidate": "asr-v7", "rollback_flags": ["asr.v7"] },
              "baseline": "eval/baseline.json",
              "canary": "eval/canary.json",
              "budgets": {
                "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 },
                "correction_rate": { "direction": "lower_is_better", "allowed_delta": 0.01, "on_regression": "pause" }
              }
            }
            """)
            .Baseline("""{ "metrics": { "wer": 0.081, "correction_rate": 0.04 }, "slices": { "tenant:acme": { "wer": 0.080, "correction_rate": 0.04 } } }""")
            .Canary("""{ "metrics": { "wer": 0.082, "correction_rate": 0.06 }, "slices": { "tenant:acme": { "wer": 0.092, "correction_rate": 0.04 } } }""");
        return workspace;
    }
}
