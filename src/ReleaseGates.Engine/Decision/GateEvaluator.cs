using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Evaluation;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Statistics;

namespace ReleaseGates.Engine.Decision;

/// <summary>
/// Judges every budget overall and on every slice the baseline reports, then the capacity budget, and decides:
/// a rollback anywhere overrides every win; else any pause pauses; else continue. With resampled metrics, every
/// result they cover is judged under one noise control for the whole gate (<see cref="NoiseControl"/>).
/// </summary>
public static class GateEvaluator
{
    /// <summary>The gate on point estimates (evaluation outputs that carry no per-utterance results).</summary>
    public static GateReport Evaluate(GatesConfig config, EvaluationOutput baseline, EvaluationOutput canary, DateTime today) =>
        Evaluate(config, baseline, canary, today, null, NoiseControlSummary.None("the evaluation outputs are aggregates; give per-utterance results on both sides to judge under noise"), []);

    internal static GateReport Evaluate(
        GatesConfig config,
        EvaluationOutput baseline,
        EvaluationOutput canary,
        DateTime today,
        ResampledMetrics? resampled,
        NoiseControlSummary noiseWithoutResamples,
        IReadOnlyList<GateDiagnostic> inputNotices)
    {
        var misspelled = MetricNameCheck.Misspelled(config, baseline, canary);
        if (misspelled.Count > 0)
        {
            return GateReport.Invalid(config.FilePath, misspelled, config.Release);
        }

        var context = new JudgeContext(config.MinSamples, config.Waivers, today.Date);
        var judged = new List<(BudgetResult? Result, Comparison? Comparison)>();
        foreach (var budget in config.Budgets)
        {
            judged.Add(BudgetJudge.Judge(budget, null, baseline.Overall, canary.Overall, context));
            foreach (var slice in baseline.Slices)
            {
                judged.Add(BudgetJudge.Judge(budget, slice.Key, slice.Value, canary.Slice(slice.Key), context));
            }
        }

        var noise = resampled is null
            ? noiseWithoutResamples
            : NoiseControl.Apply(judged.Where(j => j.Comparison is not null).Select(j => j.Comparison!).ToList(), resampled);
        var results = judged.Select(j => j.Result ?? BudgetJudge.Finish(j.Comparison!, context)).ToList();
        if (config.Capacity is { } capacity)
        {
            results.Add(CapacityJudge.Judge(capacity, baseline, canary, context));
        }

        var notices = inputNotices.Concat(ExpiredWaivers(config, context.Today)).ToList();
        return new GateReport(config.FilePath, Decide(results), config.Release, results, notices, Array.Empty<GateDiagnostic>(), noise);
    }

    public static CanaryDecision Decide(IEnumerable<BudgetResult> results)
    {
        var decision = CanaryDecision.Continue;
        foreach (var result in results)
        {
            if (result.Action == GateAction.Rollback)
            {
                return CanaryDecision.Rollback;
            }

            if (result.Action == GateAction.Pause)
            {
                decision = CanaryDecision.Pause;
            }
        }

        return decision;
    }

    private static IEnumerable<GateDiagnostic> ExpiredWaivers(GatesConfig config, DateTime today) =>
        config.Waivers
            .Where(w => w.IsExpiredOn(today))
            .Select(w => GateDiagnostic.Warning(
                GateRules.ExpiredWaiver,
                config.FilePath,
                w.Span,
                $"waiver for '{w.Budget}'{(w.Slice is null ? string.Empty : $" on slice '{w.Slice}'")} expired on {w.Expires:yyyy-MM-dd} and is not applied; remove it or extend 'expires'"));
}
