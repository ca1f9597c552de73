using System.Globalization;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Statistics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>
/// gates.json's <c>{"utterances": ...}</c> sources: one side's metrics, or both sides compared on the utterances
/// they share, with the paired bootstrap when <c>statistics</c> is set. Reading errors become RG4003 errors.
/// </summary>
public static class UtteranceInput
{
    /// <summary>The files a source's pattern matches today (empty when none: the evaluation reports that).</summary>
    public static IReadOnlyList<string> Files(EvaluationSource source)
    {
        try
        {
            return ShardPattern.Expand(string.Empty, source.Resolved);
        }
        catch (InvalidInputException)
        {
            return Array.Empty<string>();
        }
    }

    /// <exception cref="InvalidInputException">A file or line cannot be read, or an id repeats.</exception>
    public static EvaluationOutput Load(EvaluationSource source, string gatesFile, IProgress<long>? bytesRead = null) =>
        Translate(gatesFile, source, () => UtteranceEvaluationOutput.From(
            UtteranceMetrics.Compute(Expand(source, gatesFile), ReadOptions(source), bytesRead), Describe(source)));



    /// <summary>Both sides compared on their shared utterance ids.</summary>
    /// <exception cref="InvalidInputException">A file or line cannot be read, an id repeats, or the sides share no id.</exception>
    internal static ComparedUtterances Compare(GatesConfig config, IProgress<long>? bytesRead = null)
    {
        var gatesFile = config.FilePath;
        var baselineFiles = Expand(config.Baseline, gatesFile);
        var canaryFiles = Expand(config.Canary, gatesFile);
        var bootstrap = config.Statistics is { } statistics
            ? new BootstrapOptions(statistics.Confidence, statistics.Resamples, unchecked((ulong)(long)statistics.Seed))
            : null;
        var comparison = Translate(gatesFile, config.Canary, () => UtteranceComparison.Compare(
            baselineFiles, ReadOptions(config.Baseline), canaryFiles, ReadOptions(config.Canary),
            bootstrap, config.Budgets.Select(budget => budget.Name).ToList(), bytesRead));
        if (comparison.Baseline.Overall.Samples == 0)
        {
            throw new InvalidInputException(GateDiagnostic.InvalidInput(gatesFile, config.Canary.Span,
                $"the baseline ({config.Baseline.Written}) and the canary ({config.Canary.Written}) share no utterance id, so there is nothing to compare; score both models on the same utterances with the same ids"));
        }

        var notices = new List<GateDiagnostic>();
        AddOneSidedNotice(notices, config, config.Baseline, comparison.BaselineOnly, "canary");
        AddOneSidedNotice(notices, config, config.Canary, comparison.CanaryOnly, "baseline");
        return new ComparedUtterances(
            UtteranceEvaluationOutput.From(comparison.Baseline, Describe(config.Baseline)),
            UtteranceEvaluationOutput.From(comparison.Canary, Describe(config.Canary)),
            comparison.Resampled,
            notices);
    }

    private static UtteranceReadOptions ReadOptions(EvaluationSource source) => new(StandardTextNormalizer.Instance, source.Format);

    private static void AddOneSidedNotice(List<GateDiagnostic> notices, GatesConfig config, EvaluationSource side, OneSidedIds oneSided, string otherSide)
    {
        var (count, examples) = (oneSided.Count, oneSided.Examples);
        if (count == 0)
        {
            return;
        }

        var ids = string.Join(", ", examples.Select(id => $"'{id}'")) + (count > examples.Count ? ", ..." : string.Empty);
        notices.Add(GateDiagnostic.Warning(GateRules.OneSidedUtterances, config.FilePath, side.Span,
            $"{count.ToString(CultureInfo.InvariantCulture)} {side.Side} utterance{(count == 1 ? " has" : "s have")} no {otherSide} result ({ids}) and {(count == 1 ? "is" : "are")} left out of the comparison; score both models on the same utterances"));
    }

    private static IReadOnlyList<string> Expand(EvaluationSource source, string gatesFile)
    {
        try
        {
            return ShardPattern.Expand(string.Empty, source.Resolved);
        }
        catch (InvalidInputException e)
        {
            // Reported at the gates.json line that names the pattern: that is where a wrong path is fixed.
            throw new InvalidInputException(e.Errors.Select(error => GateDiagnostic.InvalidInput(gatesFile, source.Span,
                $"{source.Side} utterances '{source.Written}': {error.Message}")).ToList());
        }
    }

    private static T Translate<T>(string gatesFile, EvaluationSource source, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InvalidInputException e)
        {
            // An error about a file as a whole says which gates.json entry named that file.
            throw new InvalidInputException(e.Errors.Select(error => error.Span.IsKnown
                ? error
                : error with { Message = error.Message + $" (named by '{source.Side}' in {gatesFile})" }).ToList());
        }
    }

    private static string Describe(EvaluationSource source) => $"{source.Side} utterances '{source.Written}'";
}
