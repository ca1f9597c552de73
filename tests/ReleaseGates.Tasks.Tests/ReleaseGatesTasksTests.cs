using Microsoft.Build.Framework;

namespace ReleaseGates.Tasks.Tests;

public sealed class ReleaseGatesTasksTests : IDisposable
{
    private readonly TaskWorkspace _workspace = new();
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => _workspace.Dispose();

    private (bool Succeeded, string Decision) EvaluateAndReport(bool pauseAsError = false, string today = "2026-11-25")
    {
        var evaluate = new EvaluateReleaseGates
        {
            BuildEngine = _engine,
            GatesFile = _workspace.GatesFile,
            JsonReport = _workspace.JsonReport,
            MarkdownReport = _workspace.MarkdownReport,
            Today = today,
        };
        Assert.True(evaluate.Execute());
        return Report(pauseAsError);
    }

    private (bool Succeeded, string Decision) Report(bool pauseAsError = false)
    {
        var report = new ReportReleaseGates { BuildEngine = _engine, ReportFile = _workspace.JsonReport, PauseAsError = pauseAsError };
        return (report.Execute(), report.Decision);
    }

    [Fact]
    public void Continue_logs_the_summary_and_no_diagnostics()
    {
        _workspace.Scenario(canaryWer: 0.08m, canaryCorrections: 0.04m);

        var (succeeded, decision) = EvaluateAndReport();

        Assert.True(succeeded);
        Assert.Equal("continue", decision);
        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
        Assert.Contains(_engine.Messages, m => m.Importance == MessageImportance.High && m.Message!.StartsWith("release gates: continue", StringComparison.Ordinal));
    }

    [Fact]
    public void Rollback_fails_with_RG4001_at_the_budgets_line_in_gates_json()
    {
        _workspace.Scenario(canaryWer: 0.09m, canaryCorrections: 0.04m);

        var (succeeded, decision) = EvaluateAndReport();

        Assert.False(succeeded);
        Assert.Equal("rollback", decision);
        var error = Assert.Single(_engine.Errors);
        Assert.Equal("RG4001", error.Code);
        Assert.Equal(_workspace.GatesFile, error.File);
        Assert.Equal(6, error.LineNumber);
        Assert.Equal(5, error.ColumnNumber);
        Assert.Equal("wer: +0.01 > +0.005 allowed; roll back asr-v7 (flag asr.v7), or waive it in gates.json", error.Message);
        Assert.EndsWith("docs/rules/RG4001.md", error.HelpLink, StringComparison.Ordinal);
    }

    [Fact]
    public void Pause_warns_with_RG4002_and_the_build_succeeds()
    {
        _workspace.Scenario(canaryWer: 0.08m, canaryCorrections: 0.06m);

        var (succeeded, decision) = EvaluateAndReport();

        Assert.True(succeeded);
        Assert.Equal("pause", decision);
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal("RG4002", warning.Code);
        Assert.Equal(7, warning.LineNumber);
    }

    [Fact]
    public void Pause_as_error_fails_the_build_with_RG4002()
    {
        _workspace.Scenario(canaryWer: 0.08m, canaryCorrections: 0.06m);

        var (succeeded, _) = EvaluateAndReport(pauseAsError: true);

        Assert.False(succeeded);
        Assert.Equal("RG4002", Assert.Single(_engine.Errors).Code);
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void Invalid_gates_json_fails_with_RG4003_at_its_line()
    {
        _workspace.Scenario(0.08m, 0.04m).Write("gates.json", "{\n  \"baseline\": \"eval/baseline.json\",\n  \"canary\": \"eval/canary.json\",\n  \"budgets\": { \"wer\": { \"direction\": \"lower_is_better\", \"allowed_detla\": 1 } }\n}");

        var (succeeded, decision) = EvaluateAndReport();

        Assert.False(succeeded);
        Assert.Equal("invalid", decision);
        Assert.All(_engine.Errors, e => Assert.Equal("RG4003", e.Code));
        Assert.Contains(_engine.Errors, e => e.LineNumber == 4 && e.Message!.Contains("did you mean 'allowed_delta'?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_skipped_evaluation_replays_the_last_decision_from_the_report()
    {
        _workspace.Scenario(canaryWer: 0.09m, canaryCorrections: 0.06m);
        EvaluateAndReport();
        _engine.Errors.Clear();
        _engine.Warnings.Clear();

        var (succeeded, decision) = Report();

        Assert.False(succeeded);
        Assert.Equal("rollback", decision);
        Assert.Equal("RG4001", Assert.Single(_engine.Errors).Code);
        Assert.Equal("RG4002", Assert.Single(_engine.Warnings).Code);
    }

    [Fact]
    public void Expired_waivers_warn_with_RG4004()
    {
        _workspace.Scenario(0.08m, 0.04m).Write("gates.json", """
            { "baseline": "eval/baseline.json", "canary": "eval/canary.json",
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } },
              "waivers": [ { "budget": "wer", "reason": "old", "expires": "2026-01-01" } ] }
            """);

        var (succeeded, _) = EvaluateAndReport();

        Assert.True(succeeded);
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal("RG4004", warning.Code);
        Assert.Equal(3, warning.LineNumber);
    }

    [Fact]
    public void Reports_are_written_as_json_and_markdown()
    {
        _workspace.Scenario(0.08m, 0.04m);

        EvaluateAndReport();

        Assert.Contains("\"decision\": \"continue\"", File.ReadAllText(_workspace.JsonReport), StringComparison.Ordinal);
        Assert.StartsWith("# Release gates: CONTINUE", File.ReadAllText(_workspace.MarkdownReport), StringComparison.Ordinal);
    }

    [Fact]
    public void The_full_table_is_logged_at_detailed_verbosity()
    {
        _workspace.Scenario(0.08m, 0.04m);

        EvaluateAndReport();

        Assert.Contains(_engine.Messages, m => m.Importance == MessageImportance.Low && m.Message!.Contains("BUDGET", StringComparison.Ordinal));
    }

    [Fact]
    public void ShowTable_logs_the_table_at_normal_verbosity()
    {
        _workspace.Scenario(0.08m, 0.04m);
        EvaluateAndReport();
        _engine.Messages.Clear();

        new ReportReleaseGates { BuildEngine = _engine, ReportFile = _workspace.JsonReport, ShowTable = true }.Execute();

        Assert.Equal(2, _engine.Messages.Count);
        Assert.All(_engine.Messages, m => Assert.Equal(MessageImportance.High, m.Importance));
        Assert.StartsWith("release gates: continue", _engine.Messages[0].Message, StringComparison.Ordinal);
        Assert.Contains("BUDGET", _engine.Messages[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("release gates:", _engine.Messages[1].Message, StringComparison.Ordinal); // the decision is logged once
    }

    [Fact]
    public void The_decision_line_names_the_markdown_report()
    {
        _workspace.Scenario(0.08m, 0.04m);
        EvaluateAndReport();
        _engine.Messages.Clear();

        new ReportReleaseGates { BuildEngine = _engine, ReportFile = _workspace.JsonReport, MarkdownReport = _workspace.MarkdownReport }.Execute();

        var line = Assert.Single(_engine.Messages, m => m.Importance == MessageImportance.High);
        Assert.Equal($"release gates: continue — 2 of 2 results within budget (report: {_workspace.MarkdownReport})", line.Message);
    }

    [Fact]
    public void Under_the_terminal_logger_the_decision_is_the_projects_result_line()
    {
        // The terminal logger shows no message at normal verbosity, only "Project -> ..." as the project's result.
        _workspace.Scenario(0.08m, 0.04m);
        EvaluateAndReport();
        _engine.Messages.Clear();

        new ReportReleaseGates
        {
            BuildEngine = _engine,
            ReportFile = _workspace.JsonReport,
            MarkdownReport = _workspace.MarkdownReport,
            TerminalLogger = true,
            ProjectName = "ClinicalDictation",
        }.Execute();

        var line = Assert.Single(_engine.Messages, m => m.Importance == MessageImportance.High);
        Assert.StartsWith("ClinicalDictation -> release gates: continue", line.Message, StringComparison.Ordinal);
        Assert.EndsWith($"(report: {_workspace.MarkdownReport})", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_report_is_an_RG4003_error_not_a_crash()
    {
        var (succeeded, decision) = Report();

        Assert.False(succeeded);
        Assert.Equal("invalid", decision);
        Assert.Contains("cannot be read", Assert.Single(_engine.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_today_is_reported_not_thrown()
    {
        _workspace.Scenario(0.08m, 0.04m);

        var (succeeded, _) = EvaluateAndReport(today: "25/11/2026");

        Assert.False(succeeded);
        Assert.Contains("write it as yyyy-MM-dd", Assert.Single(_engine.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_failure_is_one_RG4003_error_without_a_stack_trace()
    {
        var evaluate = new EvaluateReleaseGates
        {
            BuildEngine = _engine,
            GatesFile = _workspace.GatesFile,
            JsonReport = Path.Combine(_workspace.GatesFile, "\0invalid"),
            MarkdownReport = _workspace.MarkdownReport,
        };

        Assert.False(evaluate.Execute());
        var error = Assert.Single(_engine.Errors);
        Assert.Equal("RG4003", error.Code);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_inputs_lists_gates_json_and_its_evaluation_outputs()
    {
        _workspace.Scenario(0.08m, 0.04m);
        var resolve = new ResolveReleaseGatesInputs { BuildEngine = _engine, GatesFile = _workspace.GatesFile };

        Assert.True(resolve.Execute());

        Assert.Equal(
            new[] { "gates.json", "baseline.json", "canary.json" },
            resolve.InputFiles.Select(i => Path.GetFileName(i.ItemSpec)));
    }
}
