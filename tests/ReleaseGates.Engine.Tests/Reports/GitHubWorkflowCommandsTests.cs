using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Json;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Engine.Tests.Reports;

public sealed class GitHubWorkflowCommandsTests
{
    private static readonly string Workspace = Path.Combine(Path.GetTempPath(), "repo");
    private static readonly string GatesFile = Path.Combine(Workspace, "models", "gates.json");

    [Fact]
    public void A_rollback_is_an_error_annotation_at_the_budgets_line_titled_with_its_rule()
    {
        var rollback = new GateDiagnostic("RG4001", GateSeverity.Error, GatesFile, new TextPosition(6, 5), "wer: +0.01 > +0.005 allowed; roll back asr-v7");

        Assert.Equal(
            "::error file=models/gates.json,line=6,col=5,title=RG4001::wer: +0.01 > +0.005 allowed; roll back asr-v7",
            GitHubWorkflowCommands.Annotation(rollback, Workspace));
    }

    [Fact]
    public void Pauses_and_notices_are_warnings()
    {
        var pause = GateDiagnostic.Warning("RG4002", GatesFile, new TextPosition(7, 5), "correction_rate: pause");

        Assert.StartsWith("::warning file=models/gates.json,line=7,col=5,title=RG4002::", GitHubWorkflowCommands.Annotation(pause, Workspace), StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_about_a_whole_file_has_no_line_and_one_without_a_file_no_file()
    {
        var missing = GateDiagnostic.InvalidInput(GatesFile, TextSpan.None, "gates.json does not exist");
        var nowhere = GateDiagnostic.InvalidInput(string.Empty, TextSpan.None, "failed");

        Assert.Equal("::error file=models/gates.json,title=RG4003::gates.json does not exist", GitHubWorkflowCommands.Annotation(missing, Workspace));
        Assert.Equal("::error title=RG4003::failed", GitHubWorkflowCommands.Annotation(nowhere, Workspace));
    }

    [Fact]
    public void A_file_outside_the_workspace_keeps_its_full_path()
    {
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "gates.json");
        var error = GateDiagnostic.InvalidInput(outside, new TextPosition(1, 1), "x");

        Assert.Contains($"file={GitHubWorkflowCommands.EscapeProperty(outside)},", GitHubWorkflowCommands.Annotation(error, Workspace), StringComparison.Ordinal);
        Assert.Contains($"file={GitHubWorkflowCommands.EscapeProperty(outside)},", GitHubWorkflowCommands.Annotation(error, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Percent_and_newlines_are_escaped_in_messages_and_also_colons_and_commas_in_properties()
    {
        Assert.Equal("100%25 of a%0D%0Ab: c, d", GitHubWorkflowCommands.EscapeData("100% of a\r\nb: c, d"));
        Assert.Equal("C%3A\\models\\a%2Cb%25.json", GitHubWorkflowCommands.EscapeProperty("C:\\models\\a,b%.json"));
    }

    [Fact]
    public void A_message_cannot_start_a_second_command()
    {
        var sneaky = GateDiagnostic.InvalidInput(GatesFile, new TextPosition(2, 3), "bad slice 'a\n::error::forged'");

        var command = GitHubWorkflowCommands.Annotation(sneaky, Workspace);

        Assert.DoesNotContain('\n', command);
        Assert.EndsWith("::bad slice 'a%0A::error::forged'", command, StringComparison.Ordinal);
    }
}
