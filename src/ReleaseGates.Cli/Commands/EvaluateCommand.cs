using System.CommandLine;
using ReleaseGates.Engine;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Cli.Commands;

/// <summary><c>release-gates evaluate [PATH/gates.json] [--format text|json|markdown|junit] [--output FILE]</c>. In GitHub
/// Actions it also appends the Markdown report to the job summary and prints the diagnostics as annotations.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliOutput output)
    {
        var gatesFile = new Argument<string>("gates-file")
        {
            Description = "gates.json, or the folder that holds it.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "gates.json",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (a table), json (for machines), markdown (for a CI summary or a PR comment) or junit (JUnit XML, for CI test reports).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown", "junit");
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var today = new Option<string?>("--today") { Description = "Check waivers against this date (yyyy-MM-dd) instead of today (UTC)." };

        var command = new Command("evaluate", "Judge the canary against the baseline. Exit code: 0 continue, 2 pause, 3 rollback, 1 invalid input.")
        {
            gatesFile,
            format,
            outputFile,
            today,
        };
        command.SetAction(parsed => Run(
            ResolveGatesFile(parsed.GetValue(gatesFile)!),
            parsed.GetValue(format)!,
            parsed.GetValue(outputFile),
            parsed.GetValue(today),
            output));
        return command;
    }

    private static int Run(string gatesFile, string format, string? outputFile, string? todayText, CliOutput output)
    {
        if (!GateDate.TryParseOrToday(todayText, out var today))
        {
            output.Error.WriteLine($"error: --today is '{todayText}'; write it as yyyy-MM-dd");
            return ExitCodes.InvalidInput;
        }

        string? outputPath = null;
        if (outputFile is not null && (outputPath = OutputFile.Resolve(outputFile, out var problem)) is null)
        {
            output.Error.WriteLine(problem);
            return ExitCodes.InvalidInput;
        }

        GateReport report;
        using (var progress = output.ShowProgress ? new ByteProgress(output.Error, EvaluationBytes(gatesFile)) : null)
        {
            report = ReleaseGate.Run(gatesFile, today, progress);
        }

        var diagnostics = GateDiagnostics.For(report);
        foreach (var diagnostic in diagnostics)
        {
            output.Error.WriteLine(diagnostic);
        }

        var github = GitHubActions.Of(output);
        github.Annotate(diagnostics);

        // A text report of invalid input would only repeat the errors just written to standard error.
        if (report.IsValid || format != "text")
        {
            var rendered = format switch
            {
                "json" => ReportJsonWriter.Write(report),
                "markdown" => MarkdownReportWriter.Write(report),
                "junit" => JUnitReportWriter.Write(report),
                _ => TextReportWriter.Write(report),
            };
            Emit(rendered, outputPath, report, output);
        }

        github.AppendSummary(report, format == "markdown" ? outputPath : null);

        return report.Decision switch
        {
            CanaryDecision.Continue => ExitCodes.Continue,
            CanaryDecision.Pause => ExitCodes.Pause,
            CanaryDecision.Rollback => ExitCodes.Rollback,
            _ => ExitCodes.InvalidInput,
        };
    }

    private static void Emit(string rendered, string? outputPath, GateReport report, CliOutput output)
    {
        if (outputPath is null)
        {
            output.Out.Write(rendered);
            return;
        }

        var path = outputPath;
        OutputFile.Write(path, rendered);
        output.Out.WriteLine(SummaryLine.For(report));
        output.Out.WriteLine($"report written to {path}");
    }

    /// <summary>The size of the evaluation files, for the progress line of per-utterance inputs.</summary>
    private static long EvaluationBytes(string gatesFile) =>
        ReleaseGate.InputFiles(gatesFile).Skip(1).Where(File.Exists).Sum(file => new FileInfo(file).Length);

    private static string ResolveGatesFile(string path) =>
        Directory.Exists(path) ? Path.Combine(path, "gates.json") : path;
}
