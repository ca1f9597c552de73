namespace ReleaseGates.Tasks.Tests;

/// <summary>The MSBuild task on per-utterance sources: the same engine as the CLI, its notices as build warnings.</summary>
public sealed class UtteranceSourceTaskTests : IDisposable
{
    private readonly TaskWorkspace _workspace = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Per_utterance_sources_are_judged_and_one_sided_utterances_warn_with_RG4005()
    {
        _workspace.Write("gates.json", """
            {
              "baseline": { "utterances": "eval/baseline.jsonl" },
              "canary": { "utterances": "eval/canary.jsonl" },
              "statistics": { "resamples": 200, "seed": 1 },
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.01 } }
            }
            """)
            .Write("eval/baseline.jsonl", """
                {"id": "a", "reference": "start metformin 500 mg", "hypothesis": "start metformin 500 mg"}
                {"id": "b", "reference": "stop aspirin", "hypothesis": "stop aspirin"}
                {"id": "only-baseline", "reference": "x", "hypothesis": "y"}
                """)
            .Write("eval/canary.jsonl", """
                {"id": "a", "reference": "start metformin 500 mg", "hypothesis": "start met forming 500 mg"}
                {"id": "b", "reference": "stop aspirin", "hypothesis": "stop aspirin"}
                """);

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

        Assert.Equal("pause", report.Decision); // wer +0.333 > 0.01, but two pairs cannot tell: inconclusive
        var notice = Assert.Single(_engine.Warnings, w => w.Code == "RG4005");
        Assert.Equal((_workspace.GatesFile, 2), (notice.File, notice.LineNumber));
        Assert.Contains("'only-baseline'", notice.Message, StringComparison.Ordinal);
        Assert.Contains(_engine.Warnings, w => w.Code == "RG4002" && w.Message!.Contains("interval still reaches the allowance", StringComparison.Ordinal));
    }
}
