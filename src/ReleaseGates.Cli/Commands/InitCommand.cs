using System.CommandLine;
using System.Text;
using ReleaseGates.Cli.Init;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Evaluation;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Json;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Cli.Commands;

/// <summary>
/// <c>release-gates init [FOLDER] --baseline FILE --canary FILE</c> (contract §10): a commented gates.json with one
/// budget per metric both evaluations report, so that a team's first gate takes one command. Never overwrites.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliOutput output)
    {
        var folder = new Argument<string>("folder")
        {
            Description = "Where to write gates.json (created if needed); the current folder by default.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var baseline = new Option<string>("--baseline")
        {
            Description = "The serving model's evaluation: an evaluation output (.json, e.g. what `release-gates metrics` writes), or per-utterance results (.jsonl, .parquet, or a glob of shards).",
            Required = true,
        };
        var canary = new Option<string>("--canary")
        {
            Description = "The candidate's evaluation, in the same forms as --baseline.",
            Required = true,
        };
        var format = new Option<string?>("--format")
        {
            Description = "Read both as per-utterance results in this format: releasegates (our lines) or nemo (NeMo manifests). Without it, .jsonl, .parquet and globs are per-utterance results and anything else an evaluation output.",
        };
        format.AcceptOnlyFromAmong(GateNames.SourceFormat.All.ToArray());

        var command = new Command("init", "Write a commented gates.json with one budget per metric found in both evaluations. Exit code: 0 written, 1 not written (it exists, or an evaluation cannot be read).")
        {
            folder,
            baseline,
            canary,
            format,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(folder)!,
            parsed.GetValue(baseline)!,
            parsed.GetValue(canary)!,
            parsed.GetValue(format) is { } name ? GateNames.SourceFormat.Parse(name) : null,
            output));
        return command;
    }

    private static int Run(string folder, string baselineArgument, string canaryArgument, UtteranceFormat? format, CliOutput output)
    {
        var directory = Path.GetFullPath(folder);
        var gatesFile = Path.Combine(directory, "gates.json");
        if (File.Exists(gatesFile) || Directory.Exists(gatesFile))
        {
            output.Error.WriteLine($"error: {gatesFile} already exists; init never overwrites it. Edit it, or move it away and run init again.");
            return ExitCodes.InvalidInput;
        }

        var baseline = Side("baseline", baselineArgument, format, directory);
        var canary = Side("canary", canaryArgument, format, directory);
        EvaluationOutput? baselineOutput;
        EvaluationOutput? canaryOutput;
        try
        {
            baselineOutput = Read(baseline, output);
            canaryOutput = Read(canary, output);
        }
        catch (InvalidInputException e)
        {
            foreach (var error in e.Errors)
            {
                output.Error.WriteLine(error);
            }

            return ExitCodes.InvalidInput;
        }

        if (baselineOutput is null || canaryOutput is null)
        {
            return ExitCodes.InvalidInput;
        }

        var (budgets, leftOut) = Propose(baselineOutput, canaryOutput);
        if (budgets.Count == 0)
        {
            output.Error.WriteLine($"error: {baselineArgument} and {canaryArgument} have no metric with a number on both sides ({(leftOut.Count == 0 ? "neither reports a metric" : string.Join(", ", leftOut))}), so there is nothing to budget; gates.json is not written");
            return ExitCodes.InvalidInput;
        }

        Directory.CreateDirectory(directory);
        using (var stream = new FileStream(gatesFile, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.Write(GatesFileTemplate.Write(baseline.Proposed, canary.Proposed, budgets, leftOut));
        }

        var guessed = budgets.Where(b => b.Direction.Guessed).Select(b => b.Metric).ToList();
        output.Out.WriteLine($"wrote {gatesFile}: {budgets.Count} budget{(budgets.Count == 1 ? string.Empty : "s")}"
            + (guessed.Count > 0 ? $"; direction guessed for {string.Join(", ", guessed)} (check {(guessed.Count == 1 ? "it" : "them")})" : string.Empty)
            + (leftOut.Count is > 0 and <= 3 ? $"; not budgeted: {string.Join(", ", leftOut)}" : string.Empty)
            + (leftOut.Count > 3 ? $"; {leftOut.Count} metrics not budgeted (listed at the end of gates.json)" : string.Empty));
        output.Out.WriteLine("Every allowance is a starting point: adjust them in gates.json, then run: release-gates evaluate " + Quote(Path.GetRelativePath(Directory.GetCurrentDirectory(), gatesFile)));
        return ExitCodes.Continue;
    }

    /// <summary>One budget per metric that both sides report as a number, in the baseline's order; the rest, with why.</summary>
    private static (List<ProposedBudget> Budgets, List<string> LeftOut) Propose(EvaluationOutput baseline, EvaluationOutput canary)
    {
        var budgets = new List<ProposedBudget>();
        var leftOut = new List<string>();
        foreach (var pair in baseline.Overall.Metrics)
        {
            var name = pair.Key;
            if (name == MetricNames.Samples)
            {
                continue;
            }

            var other = canary.Overall.Metric(name);
            if (other is null)
            {
                leftOut.Add($"{name} (baseline only)");
            }
            else if (pair.Value.Value is not { } baselineValue)
            {
                leftOut.Add($"{name} (the baseline {pair.Value.Problem})");
            }
            else if (other.Value is not { } canaryValue)
            {
                leftOut.Add($"{name} (the canary {other.Problem})");
            }
            else
            {
                var overallOnly = baseline.Slices.Count > 0 && baseline.Slices.All(slice => slice.Value.Metric(name) is null)
                    && canary.Slices.All(slice => slice.Value.Metric(name) is null);
                budgets.Add(new ProposedBudget(name, MetricDirections.Of(name), Allowances.For(name, baselineValue, canaryValue), baselineValue, canaryValue, overallOnly));
            }
        }

        leftOut.AddRange(canary.Overall.Metrics.Keys
            .Where(name => name != MetricNames.Samples && baseline.Overall.Metric(name) is null)
            .Select(name => $"{name} (canary only)"));
        return (budgets, leftOut);
    }

    private sealed record InitSide(string Name, string Argument, string FullPath, UtteranceFormat? Format, ProposedSource Proposed);

    private static InitSide Side(string name, string argument, UtteranceFormat? format, string directory)
    {
        var full = Path.GetFullPath(argument);
        var relative = Path.GetRelativePath(directory, full).Replace('\\', '/');
        var extension = Path.GetExtension(argument).ToLowerInvariant();
        var isUtterances = format is not null || argument.IndexOfAny(['*', '?']) >= 0 || extension is ".jsonl" or ".ndjson" or ".parquet";
        var utteranceFormat = isUtterances ? format ?? UtteranceFormat.Lines : (UtteranceFormat?)null;
        var formatName = utteranceFormat is UtteranceFormat.Nemo ? GateNames.SourceFormat.Of(UtteranceFormat.Nemo) : null;
        return new InitSide(name, argument, full, utteranceFormat, new ProposedSource(relative, isUtterances, formatName));
    }

    /// <summary>The side's metrics, read by the engine as the gate will read them; null (after saying why) when absent.</summary>
    /// <exception cref="InvalidInputException">The evaluation cannot be read.</exception>
    private static EvaluationOutput? Read(InitSide side, CliOutput output)
    {
        if (side.Format is not { } format)
        {
            if (!File.Exists(side.FullPath))
            {
                output.Error.WriteLine($"error: --{side.Name} {side.Argument} {(Directory.Exists(side.FullPath) ? "is a folder; name the evaluation file in it, or its per-utterance shards as a glob such as " + Quote(side.Argument.TrimEnd('/', '\\') + "/*.jsonl") : "does not exist")}");
                return null;
            }

            return EvaluationOutputReader.Read(side.FullPath, $"{side.Name} evaluation output '{side.Argument}'");
        }

        var source = EvaluationSource.Utterances(side.Name, side.Argument, side.FullPath, TextSpan.None, format);
        return EvaluationLoader.Load(source, "--" + side.Name);
    }

    private static string Quote(string path) => path.IndexOfAny([' ', '*', '?', '\'', '"']) >= 0 ? $"\"{path}\"" : path;
}
