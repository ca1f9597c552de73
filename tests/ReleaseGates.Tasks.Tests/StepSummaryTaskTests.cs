namespace ReleaseGates.Tasks.Tests;

/// <summary>The GitHub Actions job summary from the build: ReportReleaseGates appends the Markdown report once per run.</summary>
public sealed class StepSummaryTaskTests : IDisposable
{
    private readonly TaskWorkspace _workspace = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _workspace.Dispose();

    private string SummaryFile => Path.Combine(_workspace.Directory, "step_summary.md");

    private void Evaluate() =>
        Assert.True(new EvaluateReleaseGates
        {
            BuildEngine = _engine,
            GatesFile = _workspace.GatesFile,
            JsonReport = _workspace.JsonReport,
            MarkdownReport = _workspace.MarkdownReport,
            Today = "2026-11-25",
        }.Execute());

    private bool Report(string? summary) =>
        new ReportReleaseGates { BuildEngine = _engine, ReportFile = _workspace.JsonReport, MarkdownReport = _workspace.MarkdownReport, StepSummary = summary }.Execute();

    private static int Reports(string summary) => summary.Split("# Release gates:").Length - 1;

    [Fact]
    public void The_markdown_report_is_appended_to_the_job_summary_once()
    {
        _workspace.Scenario(canaryWer: 0.09m, canaryCorrections: 0.04m);
        Evaluate();

        Assert.False(Report(SummaryFile));

        var summary = File.ReadAllText(SummaryFile);
        Assert.Equal(File.ReadAllText(_workspace.MarkdownReport), summary);
        Assert.Equal(1, Reports(summary));
        Assert.StartsWith("# Release gates: ROLLBACK", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skipped_evaluation_still_appends_the_last_decision_once()
    {
        _workspace.Scenario(canaryWer: 0.08m, canaryCorrections: 0.06m);
        Evaluate();
        Report(SummaryFile);

        // The next build finds the evaluation up to date: only the reporting task runs.
        Report(SummaryFile);

        var summary = File.ReadAllText(SummaryFile);
        Assert.Equal(2, Reports(summary));
        Assert.Equal(2, summary.Split("# Release gates: PAUSE").Length - 1);
    }

    [Fact]
    public void Without_a_summary_file_nothing_is_written()
    {
        _workspace.Scenario(canaryWer: 0.08m, canaryCorrections: 0.04m);
        Evaluate();

        Assert.True(Report(summary: string.Empty));

        Assert.False(File.Exists(SummaryFile));
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void An_unwritable_summary_warns_and_does_not_change_the_decision()
    {
        _workspace.Scenario(canaryWer: 0.08m, canaryCorrections: 0.04m);
        Evaluate();

        Assert.True(Report(summary: _workspace.Directory));

        var warning = Assert.Single(_engine.Warnings);
        Assert.StartsWith($"release gates: cannot append the report to the job summary {_workspace.Directory}", warning.Message, StringComparison.Ordinal);
        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void A_deleted_markdown_report_is_rendered_again_from_the_json_report()
    {
        _workspace.Scenario(canaryWer: 0.09m, canaryCorrections: 0.04m);
        Evaluate();
        var written = File.ReadAllText(_workspace.MarkdownReport);
        File.Delete(_workspace.MarkdownReport);

        Report(SummaryFile);

        Assert.Equal(written, File.ReadAllText(SummaryFile));
    }

    [Fact]
    public void Invalid_input_is_summarised_too()
    {
        _workspace.Write("gates.json", "{ \"budgets\": {} }");
        Evaluate();

        Assert.False(Report(SummaryFile));

        Assert.StartsWith("# Release gates: INVALID INPUT", File.ReadAllText(SummaryFile), StringComparison.Ordinal);
    }
}
