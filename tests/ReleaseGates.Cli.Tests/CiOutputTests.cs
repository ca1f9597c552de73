using System.Xml.Linq;

namespace ReleaseGates.Cli.Tests;

/// <summary>What evaluate adds for CI systems: JUnit XML, the GitHub job summary and GitHub annotations.</summary>
public sealed class CiOutputTests
{
    private static Dictionary<string, string> GitHub(GateFolder folder, string? summary = null) => new()
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_WORKSPACE"] = folder.Directory,
        ["GITHUB_STEP_SUMMARY"] = summary ?? Path.Combine(folder.Directory, "step_summary.md"),
    };

    [Fact]
    public void Junit_format_writes_one_testcase_per_result_a_failure_per_rollback_and_a_skip_per_pause()
    {
        using var folder = new GateFolder(canaryWer: 0.09m, canaryCorrections: 0.06m);

        var run = CliRun.Of("evaluate", folder.GatesFile, "--format", "junit");

        Assert.Equal(3, run.ExitCode);
        var junit = XDocument.Parse(run.Out);
        var cases = junit.Descendants("testcase").ToDictionary(t => (string)t.Attribute("name")!);
        Assert.Equal(["wer [overall]", "correction_rate [overall]"], cases.Keys);
        Assert.Equal("wer: +0.01 > +0.005 allowed (baseline 0.08, canary 0.09, delta +0.01)", (string?)cases["wer [overall]"].Element("failure")!.Attribute("message"));
        Assert.NotNull(cases["correction_rate [overall]"].Element("skipped"));
        Assert.Contains("error RG4001", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Junit_format_to_an_output_file_for_PublishTestResults_or_artifacts_reports_junit()
    {
        using var folder = new GateFolder();
        var output = Path.Combine(folder.Directory, "test-results", "release-gates.xml");

        var run = CliRun.Of("evaluate", folder.GatesFile, "--format", "junit", "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0", XDocument.Load(output).Root!.Attribute("failures")!.Value);
        Assert.StartsWith("release gates: continue", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Junit_format_of_invalid_input_is_one_error_per_diagnostic()
    {
        using var folder = new GateFolder(gatesJson: "{\n  \"budgets\": { \"wer\": { \"direction\": \"lower_is_betr\", \"max\": 1 } },\n  \"baseline\": \"b.json\", \"canary\": \"c.json\"\n}");

        var run = CliRun.Of("evaluate", folder.GatesFile, "--format", "junit");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(XDocument.Parse(run.Out).Descendants("error"));
        Assert.StartsWith($"{folder.GatesFile}:2:38: 'direction' in budget 'wer' is 'lower_is_betr'", (string?)error.Attribute("message"), StringComparison.Ordinal);
    }

    [Fact]
    public void In_GitHub_Actions_the_markdown_report_is_appended_to_the_job_summary_once()
    {
        using var folder = new GateFolder(canaryWer: 0.09m);
        var summary = Path.Combine(folder.Directory, "step_summary.md");
        File.WriteAllText(summary, "## Tests\n");

        var run = CliRun.With(GitHub(folder, summary), "evaluate", folder.GatesFile, "--format", "json");

        Assert.Equal(3, run.ExitCode);
        var text = File.ReadAllText(summary);
        Assert.StartsWith("## Tests\n\n# Release gates: ROLLBACK", text, StringComparison.Ordinal);
        Assert.Equal(1, text.Split("# Release gates:").Length - 1);
        Assert.Contains("| wer | (overall) | regressed | rollback | 0.08 | 0.09 | +0.01 | +0.01 > +0.005 allowed |", text, StringComparison.Ordinal);
        Assert.StartsWith("{", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_job_summary_also_gets_invalid_input()
    {
        using var folder = new GateFolder(gatesJson: "{}");
        var summary = Path.Combine(folder.Directory, "step_summary.md");

        CliRun.With(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, "evaluate", folder.GatesFile);

        Assert.StartsWith("# Release gates: INVALID INPUT", File.ReadAllText(summary), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_GITHUB_STEP_SUMMARY_no_summary_is_written()
    {
        using var folder = new GateFolder();

        var run = CliRun.With(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "evaluate", folder.GatesFile);

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder.Directory, "step_summary.md")));
    }

    [Fact]
    public void An_unwritable_job_summary_warns_and_leaves_the_exit_code_alone()
    {
        using var folder = new GateFolder(canaryCorrections: 0.06m);

        var run = CliRun.With(GitHub(folder, summary: folder.Directory), "evaluate", folder.GatesFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"::warning title=release gates::release gates: cannot append the report to the job summary {folder.Directory}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_job_summary_outside_GitHub_Actions_is_a_plain_warning()
    {
        using var folder = new GateFolder();

        var run = CliRun.With(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = folder.Directory }, "evaluate", folder.GatesFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: release gates: cannot append the report to the job summary", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void In_GitHub_Actions_rollbacks_are_error_annotations_and_pauses_warnings_at_their_line()
    {
        using var folder = new GateFolder(canaryWer: 0.09m, canaryCorrections: 0.06m);

        var run = CliRun.With(GitHub(folder), "evaluate", folder.GatesFile, "--format", "json");

        Assert.Contains("::error file=gates.json,line=6,col=5,title=RG4001::wer: +0.01 > +0.005 allowed; roll back asr-v7, or waive it in gates.json", run.Error, StringComparison.Ordinal);
        Assert.Contains("::warning file=gates.json,line=7,col=5,title=RG4002::correction_rate: +0.02 > +0.01 allowed; pause the rollout of asr-v7", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{folder.GatesFile}(6,5): error RG4001:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("::", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void In_GitHub_Actions_invalid_input_is_an_error_annotation_at_its_line_and_column()
    {
        using var folder = new GateFolder(gatesJson: "{\n  \"budgets\": { \"wer\": { \"direction\": \"lower_is_betr\", \"max\": 1 } },\n  \"baseline\": \"b.json\", \"canary\": \"c.json\"\n}");

        var run = CliRun.With(GitHub(folder), "evaluate", folder.GatesFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=gates.json,line=2,col=38,title=RG4003::'direction' in budget 'wer' is 'lower_is_betr'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_GitHub_Actions_there_are_no_workflow_commands()
    {
        using var folder = new GateFolder(canaryWer: 0.09m);

        var run = CliRun.Of("evaluate", folder.GatesFile);

        Assert.DoesNotContain("::error", run.Error, StringComparison.Ordinal);
    }
}
