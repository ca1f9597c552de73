namespace ReleaseGates.Tasks.Tests;

/// <summary>The MSBuild task on per-utterance sources: the same engine as the CLI, its notices as build warnings.</summary>
public sealed class UtteranceSourceTaskTests : IDisposable
{
    private readonly TaskWorkspace _workspace = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Per_utterance_sources_are_judged_under_noise_and_one_sided_utterances_warn_with_RG4005()
    {
        _workspace.Write("gates.json", """
            {
              "baseline": { "utterances": "eval/baseline.jsonl" },
              "canary": { "utterances": "eval/canary.jsonl" },
              "statistics": { "resamples": 400, "seed": 1 },
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 } }
            }
            """)
            .Write("eval/baseline.jsonl", Lines(errorsEvery: 10) + "\n" + Line("only-baseline", errors: false))
            .Write("eval/canary.jsonl", Lines(errorsEvery: 3));

        var evaluate = new EvaluateReleaseGates
        {
            BuildEngine = _engine,
            GatesFile = _workspace.GatesFile,
            JsonReport = _workspace.JsonReport,
            MarkdownReport = _workspace.MarkdownReport,
            Today = "2026-11-25",
        };
        Assert.True(evaluate.Execute());
        var report = new ReportReleaseGates { BuildEngine = _engine, ReportFile = _workspace.JsonReport };
        report.Execute();

        Assert.Equal("rollback", report.Decision);
        var notice = Assert.Single(_engine.Warnings, w => w.Code == "RG4005");
        Assert.Equal((_workspace.GatesFile, 2), (notice.File, notice.LineNumber));
        Assert.Contains("'only-baseline'", notice.Message, StringComparison.Ordinal);
        var rollback = Assert.Single(_engine.Errors, e => e.Code == "RG4001");
        Assert.Contains("> +0.01 allowed, beyond noise", rollback.Message, StringComparison.Ordinal);
        Assert.Contains(_engine.Messages, m => m.Message!.Contains("noise-controlled over 1 result at 95 %", StringComparison.Ordinal));
    }

    /// <summary>60 utterances of 10 words; every n-th has two errors.</summary>
    private static string Lines(int errorsEvery) =>
        string.Join("\n", Enumerable.Range(0, 60).Select(i => Line($"u{i}", i % errorsEvery == 0)));

    private static string Line(string id, bool errors) =>
        $$"""{"id": "{{id}}", "reference": "start metformin five hundred milligrams twice daily with food please", "hypothesis": "{{(errors ? "start met forming five hundred milligrams twice daily with food please" : "start metformin five hundred milligrams twice daily with food please")}}"}""";
}
