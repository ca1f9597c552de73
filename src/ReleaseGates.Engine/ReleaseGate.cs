using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Evaluation;
using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Engine;

/// <summary>
/// The whole gate in one call: read gates.json, load both evaluations, judge, decide. Every invalid input comes
/// back as errors in the report, never as an exception.
/// </summary>
public static class ReleaseGate
{
    /// <param name="today">The date waivers are checked against (UTC); injected so tests and reruns are exact.</param>
    /// <param name="bytesRead">Told the running total of per-utterance bytes read, for a progress display.</param>
    public static GateReport Run(string gatesFile, DateTime today, IProgress<long>? bytesRead = null)
    {
        var path = Path.GetFullPath(gatesFile);
        var parsed = GatesConfigReader.Read(path);
        if (parsed.Config is not { } config)
        {
            return GateReport.Invalid(path, parsed.Errors);
        }

        if (config.Baseline.IsUtterances && config.Canary.IsUtterances)
        {
            return CompareUtterances(config, path, today, bytesRead);
        }

        var errors = new List<GateDiagnostic>();
        var baseline = Load(config.Baseline, path, errors, bytesRead);
        var canary = Load(config.Canary, path, errors, bytesRead);
        if (baseline is null || canary is null)
        {
            return GateReport.Invalid(path, errors, config.Release);
        }

        var (incomparable, uncheckable) = ComparabilityCheck.Check(config, baseline, canary);
        if (incomparable.Count > 0)
        {
            return GateReport.Invalid(path, incomparable, config.Release);
        }

        var noise = config.Baseline.IsUtterances || config.Canary.IsUtterances
            ? NoiseControlSummary.None("only one side has per-utterance results; give both sides per utterance to judge under noise")
            : NoiseControlSummary.None("the evaluation outputs are aggregates; give per-utterance results on both sides to judge under noise");
        return GateEvaluator.Evaluate(config, baseline, canary, today, null, noise, uncheckable);
    }

    /// <summary>
    /// gates.json and every file it makes the gate read. An invalid gates.json yields just itself: the evaluation
    /// will report why.
    /// </summary>
    public static IReadOnlyList<string> InputFiles(string gatesFile)
    {
        var path = Path.GetFullPath(gatesFile);
        var files = new List<string> { path };
        if (GatesConfigReader.Read(path).Config is { } config)
        {
            files.AddRange(EvaluationLoader.InputFiles(config.Baseline));
            files.AddRange(EvaluationLoader.InputFiles(config.Canary));
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Per-utterance results on both sides: paired by id, and judged with the bootstrap when configured.</summary>
    private static GateReport CompareUtterances(GatesConfig config, string path, DateTime today, IProgress<long>? bytesRead)
    {
        try
        {
            var compared = UtteranceInput.Compare(config, bytesRead);
            var noise = NoiseControlSummary.None(config.Statistics is null
                ? "statistics is false in gates.json, so results are judged on point estimates"
                : "no budget names a metric computed from the utterances");
            return GateEvaluator.Evaluate(config, compared.Baseline, compared.Canary, today, compared.Resampled, noise, compared.Notices);
        }
        catch (InvalidInputException e)
        {
            return GateReport.Invalid(path, e.Errors, config.Release);
        }
    }

    private static EvaluationOutput? Load(EvaluationSource source, string gatesFile, List<GateDiagnostic> errors, IProgress<long>? bytesRead)
    {
        try
        {
            return EvaluationLoader.Load(source, gatesFile, bytesRead);
        }
        catch (InvalidInputException e)
        {
            errors.AddRange(e.Errors);
            return null;
        }
    }
}
