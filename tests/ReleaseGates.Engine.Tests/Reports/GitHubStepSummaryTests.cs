using System.Text;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Engine.Tests.Reports;

public sealed class GitHubStepSummaryTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public GitHubStepSummaryTests()
    {
        _workspace.Gates("""
            {
              "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 },
              "correction_rate": { "direction": "lower_is_better", "allowed_delta": 0.01, "on_regression": "pause" }
            }
            """)
            .Baseline("""{ "metrics": { "wer": 0.08, "correction_rate": 0.04 }, "slices": { "tenant:acme": { "wer": 0.08, "correction_rate": 0.04 } } }""")
            .Canary("""{ "metrics": { "wer": 0.09, "correction_rate": 0.04 }, "slices": { "tenant:acme": { "wer": 0.08, "correction_rate": 0.04 } } }""");
    }

    private string SummaryFile => _workspace.PathOf("step_summary.md");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void The_markdown_report_is_appended_after_what_the_step_wrote_before()
    {
        _workspace.Write("step_summary.md", "## Build\n");
        var report = _workspace.Run();
        var markdown = MarkdownReportWriter.Write(report);

        Assert.Null(GitHubStepSummary.Append(SummaryFile, report, markdown));
        Assert.Null(GitHubStepSummary.Append(SummaryFile, report, markdown));

        Assert.Equal("## Build\n\n" + markdown + "\n" + markdown, File.ReadAllText(SummaryFile));
    }

    [Fact]
    public void A_summary_file_that_does_not_exist_yet_is_created()
    {
        var report = _workspace.Run();

        Assert.Null(GitHubStepSummary.Append(SummaryFile, report, MarkdownReportWriter.Write(report)));

        Assert.StartsWith("# Release gates: ROLLBACK", File.ReadAllText(SummaryFile), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_summary_is_a_problem_to_warn_about_not_an_exception()
    {
        var report = _workspace.Run();
        var folder = _workspace.PathOf("a-folder");
        Directory.CreateDirectory(folder);

        var problem = GitHubStepSummary.Append(folder, report, MarkdownReportWriter.Write(report));

        Assert.NotNull(problem);
        Assert.StartsWith($"cannot append the report to the job summary {folder} (", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_beyond_what_GitHub_accepts_keeps_the_results_that_did_not_pass()
    {
        var report = _workspace.Run();
        var markdown = MarkdownReportWriter.Write(report);
        var room = Encoding.UTF8.GetByteCount(markdown) - 1;

        var fitted = GitHubStepSummary.Fit(report, markdown, room, "/repo/obj/release-gates.md")!;

        Assert.True(Encoding.UTF8.GetByteCount(fitted) <= room);
        Assert.Contains("| wer | (overall) | regressed | rollback |", fitted, StringComparison.Ordinal);
        Assert.DoesNotContain("| (overall) | pass |", fitted, StringComparison.Ordinal);
        Assert.Contains("_1 of 4 results shown (every result that did not pass): GitHub takes at most 1 MiB of job summary per step._ The full report: `/repo/obj/release-gates.md`.", fitted, StringComparison.Ordinal);
        Assert.Contains(SummaryLine.For(report), fitted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_that_is_already_full_gets_nothing_and_says_so()
    {
        var report = _workspace.Run();

        Assert.Null(GitHubStepSummary.Fit(report, MarkdownReportWriter.Write(report), 10, null));
    }

    [Fact]
    public void Many_failing_results_are_cut_to_what_fits()
    {
        var results = Enumerable.Range(0, 5000).Select(i => new BudgetResult("wer", $"tenant:{i}", ResultStatus.Regressed, GateAction.Rollback, 0.08m, 0.09m, 0.01m, "+0.01 > +0.005 allowed", default)).ToList();
        var report = new GateReport(_workspace.GatesFile, CanaryDecision.Rollback, Engine.Gates.ReleaseInfo.Empty, results, [], []);
        var markdown = MarkdownReportWriter.Write(report);

        var fitted = GitHubStepSummary.Fit(report, markdown, 64 * 1024, null)!;

        Assert.True(Encoding.UTF8.GetByteCount(fitted) <= 64 * 1024);
        Assert.Contains("results shown (the first ", fitted, StringComparison.Ordinal);
        Assert.Contains("| wer | tenant:0 |", fitted, StringComparison.Ordinal);
    }
}
