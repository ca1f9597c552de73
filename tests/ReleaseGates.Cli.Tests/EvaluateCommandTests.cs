using System.Text.Json;

namespace ReleaseGates.Cli.Tests;

public sealed class EvaluateCommandTests
{
    [Theory]
    [InlineData(0.08, 0.04, 0)]
    [InlineData(0.08, 0.06, 2)]
    [InlineData(0.09, 0.04, 3)]
    [InlineData(0.09, 0.06, 3)]
    public void Exit_code_is_0_continue_2_pause_3_rollback(double wer, double corrections, int exitCode)
    {
        using var folder = new GateFolder((decimal)wer, (decimal)corrections);

        Assert.Equal(exitCode, CliRun.Of("evaluate", folder.GatesFile).ExitCode);
    }

    [Fact]
    public void Invalid_input_exits_1_with_file_line_and_column_on_standard_error()
    {
        using var folder = new GateFolder(gatesJson: "{\n  \"budgets\": { \"wer\": { \"direction\": \"lower_is_betr\", \"max\": 1 } },\n  \"baseline\": \"b.json\", \"canary\": \"c.json\"\n}");

        var run = CliRun.Of("evaluate", folder.GatesFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{folder.GatesFile}(2,38): error RG4003: 'direction' in budget 'wer' is 'lower_is_betr'", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void A_missing_evaluation_file_exits_1_and_never_passes_for_a_pause()
    {
        using var folder = new GateFolder();
        File.Delete(Path.Combine(folder.Directory, "eval", "canary.json"));

        var run = CliRun.Of("evaluate", folder.GatesFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("canary evaluation output 'eval/canary.json' does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gates_json_exits_1()
    {
        var run = CliRun.Of("evaluate", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "gates.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("gates.json does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_argument_means_its_gates_json()
    {
        using var folder = new GateFolder(canaryWer: 0.09m);

        Assert.Equal(3, CliRun.Of("evaluate", folder.Directory).ExitCode);
    }

    [Fact]
    public void Json_format_prints_the_decision_and_results_with_the_contract_fields()
    {
        using var folder = new GateFolder(canaryWer: 0.09m);

        var run = CliRun.Of("evaluate", folder.GatesFile, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("rollback", json.RootElement.GetProperty("decision").GetString());
        var wer = json.RootElement.GetProperty("results")[0];
        foreach (var field in new[] { "budget", "slice", "status", "action", "baseline", "canary", "reason" })
        {
            Assert.True(wer.TryGetProperty(field, out _), field);
        }

        Assert.Equal("regressed", wer.GetProperty("status").GetString());
        Assert.Equal("rollback", wer.GetProperty("action").GetString());
    }

    [Fact]
    public void Json_format_of_invalid_input_still_prints_a_parseable_report()
    {
        using var folder = new GateFolder(gatesJson: "{}");

        var run = CliRun.Of("evaluate", folder.GatesFile, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("decision").ValueKind);
        Assert.NotEmpty(json.RootElement.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public void Text_format_is_a_table_with_the_summary_first()
    {
        using var folder = new GateFolder(canaryCorrections: 0.06m);

        var run = CliRun.Of("evaluate", folder.GatesFile);

        Assert.StartsWith("release gates: pause — correction_rate: +0.02 > +0.01 allowed", run.Out, StringComparison.Ordinal);
        Assert.Contains("BUDGET", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_to_an_output_file()
    {
        using var folder = new GateFolder();
        var output = Path.Combine(folder.Directory, "out", "report.md");

        var run = CliRun.Of("evaluate", folder.GatesFile, "--format", "markdown", "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Release gates: CONTINUE", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Contains("report written to", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_checks_waivers_against_the_given_date()
    {
        using var folder = new GateFolder(canaryWer: 0.09m, gatesJson: """
            { "baseline": "eval/baseline.json", "canary": "eval/canary.json",
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } },
              "waivers": [ { "budget": "wer", "reason": "accepted", "expires": "2026-06-30" } ] }
            """);

        Assert.Equal(0, CliRun.Of("evaluate", folder.GatesFile, "--today", "2026-06-30").ExitCode);
        Assert.Equal(3, CliRun.Of("evaluate", folder.GatesFile, "--today", "2026-07-01").ExitCode);
    }

    [Theory]
    [InlineData("evaluate", "--format", "yaml")]
    [InlineData("evaluate", "--today", "yesterday")]
    [InlineData("evaluat")]
    public void Bad_arguments_exit_1_with_a_message(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(1, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Error.Trim());
    }

    [Fact]
    public void Warnings_go_to_standard_error_with_file_line_and_column()
    {
        using var folder = new GateFolder(gatesJson: """
            {
              "baseline": "eval/baseline.json",
              "canary": "eval/canary.json",
              "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } },
              "waivers": [ { "budget": "wer", "reason": "known", "expires": "2020-01-31" } ]
            }
            """);

        var run = CliRun.Of("evaluate", folder.GatesFile, "--today", "2026-12-01");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("RG4004", run.Out, StringComparison.Ordinal);
        Assert.StartsWith($"{folder.GatesFile}(5,16): warning RG4004: waiver for 'wer' expired on 2020-01-31", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollbacks_are_printed_on_standard_error_as_the_build_logs_them()
    {
        using var folder = new GateFolder(canaryWer: 0.09m);

        var run = CliRun.Of("evaluate", folder.GatesFile);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"{folder.GatesFile}(6,5): error RG4001: wer: +0.01 > +0.005 allowed; roll back asr-v7, or waive it in gates.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_to_a_folder_is_refused()
    {
        using var folder = new GateFolder();

        var run = CliRun.Of("evaluate", folder.GatesFile, "--output", folder.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: --output {folder.Directory} is a folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gates_file_that_does_not_exist_is_named_as_given()
    {
        using var folder = new GateFolder();

        var run = CliRun.Of("evaluate", Path.Combine(folder.Directory, "nope.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error RG4003: nope.json does not exist", run.Error, StringComparison.Ordinal);
    }
}
