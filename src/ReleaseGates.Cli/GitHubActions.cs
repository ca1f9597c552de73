using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Cli;

/// <summary>
/// What the CLI adds inside a GitHub Actions job: the Markdown report appended to the job summary where
/// GITHUB_STEP_SUMMARY names a file, and, where GITHUB_ACTIONS=true, each diagnostic again as a workflow command
/// (<c>::error file=…,line=…,col=…,title=RG4001::…</c>) so that it becomes an annotation. Both go beside the usual
/// output, never instead of it; the commands go to standard error, so that <c>--format json</c> or <c>junit</c> on
/// standard output stays parseable (the runner reads commands from both streams).
/// </summary>
internal sealed class GitHubActions
{
    private readonly CliOutput _output;

    private GitHubActions(CliOutput output) => _output = output;

    public static GitHubActions Of(CliOutput output) => new(output);

    private bool IsActions => _output.EnvironmentVariable(GitHubWorkflowCommands.ActionsVariable) == "true";

    public void Annotate(IReadOnlyList<GateDiagnostic> diagnostics)
    {
        if (!IsActions)
        {
            return;
        }

        foreach (var command in GitHubWorkflowCommands.For(diagnostics, _output.EnvironmentVariable(GitHubWorkflowCommands.WorkspaceVariable)))
        {
            _output.Error.WriteLine(command);
        }
    }

    /// <summary>Once per evaluation. A summary that cannot be written is a warning: it never changes the exit code.</summary>
    /// <param name="markdownReport">The Markdown report written with --output, named if the summary must be shortened.</param>
    public void AppendSummary(GateReport report, string? markdownReport)
    {
        var summary = _output.EnvironmentVariable(GitHubStepSummary.Variable);
        if (string.IsNullOrEmpty(summary))
        {
            return;
        }

        if (GitHubStepSummary.Append(summary!, report, MarkdownReportWriter.Write(report), markdownReport) is { } problem)
        {
            var warning = "release gates: " + problem;
            _output.Error.WriteLine(IsActions ? "::warning title=release gates::" + GitHubWorkflowCommands.EscapeData(warning) : "warning: " + warning);
        }
    }
}
