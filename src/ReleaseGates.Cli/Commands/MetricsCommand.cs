using System.CommandLine;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Cli.Commands;

/// <summary><c>release-gates metrics FILE_OR_GLOB... [--output FILE] [--normalizer standard|none]</c>: per-utterance
/// JSON Lines or Parquet in, the structured evaluation output of contract §2 out.</summary>
internal static class MetricsCommand
{
    public static Command Create(CliOutput output)
    {
        var inputs = new Argument<string[]>("utterances")
        {
            Description = "Per-utterance JSON Lines or Parquet files, or globs of shards (quote globs: * within a folder, ** across folders).",
            Arity = ArgumentArity.OneOrMore,
        };
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the evaluation output to this file instead of standard output." };
        var normalizer = new Option<string>("--normalizer")
        {
            Description = "standard: lower-case, punctuation removed, whitespace collapsed; none: score the text as given.",
            DefaultValueFactory = _ => "standard",
        };
        normalizer.AcceptOnlyFromAmong(TextNormalizers.Names.ToArray());
        var format = new Option<string>("--format")
        {
            Description = "releasegates: our lines (id, reference, hypothesis, ...); nemo: NeMo manifests (audio_filepath, text, pred_text).",
            DefaultValueFactory = _ => GateNames.SourceFormat.Of(UtteranceFormat.Lines),
        };
        format.AcceptOnlyFromAmong(GateNames.SourceFormat.All.ToArray());

        var command = new Command("metrics", "Compute wer, entity_error_rate, latency percentiles, timeout rates, partial_churn and every measure's metrics, overall and per slice, from per-utterance results, with the normaliser and the evaluation set's fingerprint. Exit code: 0 written, 1 invalid input.")
        {
            inputs,
            outputFile,
            normalizer,
            format,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(inputs)!,
            parsed.GetValue(outputFile),
            parsed.GetValue(normalizer)!,
            GateNames.SourceFormat.Parse(parsed.GetValue(format)!),
            output));
        return command;
    }

    private static int Run(string[] patterns, string? outputFile, string normalizerName, UtteranceFormat format, CliOutput output)
    {
        TextNormalizers.TryGet(normalizerName, out var normalizer);
        string? outputPath = null;
        if (outputFile is not null && (outputPath = OutputFile.Resolve(outputFile, out var problem)) is null)
        {
            output.Error.WriteLine(problem);
            return ExitCodes.InvalidInput;
        }

        MetricsOutput metrics;
        try
        {
            var files = Expand(patterns);
            using var progress = output.ShowProgress ? new ByteProgress(output.Error, files.Sum(file => new FileInfo(file).Length)) : null;
            metrics = UtteranceMetrics.Compute(files, new UtteranceReadOptions(normalizer, format), progress);
        }
        catch (InvalidInputException e)
        {
            foreach (var error in e.Errors)
            {
                output.Error.WriteLine(error);
            }

            return ExitCodes.InvalidInput;
        }

        var json = UtteranceMetricsJsonWriter.Write(metrics);
        var evaluation = metrics.Evaluation;
        if (outputPath is null)
        {
            output.Out.Write(json);
        }
        else
        {
            OutputFile.Write(outputPath, json);
            output.Out.WriteLine($"{Count(evaluation.Overall.Samples, "utterance")}, {Count(evaluation.Slices.Count, "slice")}: metrics written to {outputPath}");
        }

        return ExitCodes.Continue;
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";

    /// <summary>Every pattern's files, in argument order, each file once.</summary>
    private static List<string> Expand(string[] patterns)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            files.AddRange(ShardPattern.Expand(Directory.GetCurrentDirectory(), pattern).Where(seen.Add));
        }

        return files;
    }
}
