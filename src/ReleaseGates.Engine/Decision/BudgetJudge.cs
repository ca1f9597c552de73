using System;
using System.Linq;
using ReleaseGates.Engine.Evaluation;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Decision;

/// <summary>Judges one budget overall or on one slice, in the order of contract §3.</summary>
internal static class BudgetJudge
{
    /// <param name="canary">Null when the canary does not report this slice at all.</param>
    public static BudgetResult Judge(Budget budget, string? slice, MetricSet baseline, MetricSet? canary, JudgeContext context)
    {
        var baselineMetric = baseline.Metric(budget.Name);
        var canaryMetric = canary?.Metric(budget.Name);
        var missing = MissingReason(baselineMetric, canary, canaryMetric);
        if (missing is not null)
        {
            return Missing(budget, slice, baselineMetric?.Value, canaryMetric?.Value, missing);
        }

        var baselineValue = baselineMetric!.Value!.Value;
        var canaryValue = canaryMetric!.Value!.Value;
        if (slice is not null && Insufficient(baseline, canary!, context.MinSamples) is { } tooSmall)
        {
            return new BudgetResult(budget.Name, slice, ResultStatus.Insufficient, GateAction.Pause, baselineValue, canaryValue, null, tooSmall, budget.Span);
        }

        try
        {
            return Compare(budget, slice, baselineValue, canaryValue, context);
        }
        catch (OverflowException)
        {
            return Missing(budget, slice, baselineValue, canaryValue, "the values are too large to compare exactly");
        }
    }

    public static BudgetResult Missing(Budget budget, string? slice, decimal? baseline, decimal? canary, string reason)
    {
        var action = budget.OnMissing switch
        {
            MissingAction.Rollback => GateAction.Rollback,
            MissingAction.Ignore => GateAction.Continue,
            _ => GateAction.Pause,
        };
        var label = GateNames.OnMissing.Of(budget.OnMissing);
        return new BudgetResult(budget.Name, slice, ResultStatus.Missing, action, baseline, canary, null, $"{reason} (on_missing: {label})", budget.Span);
    }

    private static BudgetResult Compare(Budget budget, string? slice, decimal baseline, decimal canary, JudgeContext context)
    {
        var delta = canary - baseline;
        var interval = context.Intervals?.IntervalFor(budget.Name, slice);
        var check = LimitCheck.Run(budget, baseline, canary, interval);

        if (check.Violations.Count > 0)
        {
            var reason = string.Join("; ", check.Violations);
            var waiver = context.Waivers.FirstOrDefault(w => w.Covers(budget.Name, slice) && !w.IsExpiredOn(context.Today));
            if (waiver is not null)
            {
                return new BudgetResult(
                    budget.Name, slice, ResultStatus.Waived, GateAction.Waived, baseline, canary, delta,
                    $"{reason}; waived until {waiver.Expires:yyyy-MM-dd}: {waiver.Reason}", budget.Span, interval);
            }

            var expired = context.Waivers.FirstOrDefault(w => w.Covers(budget.Name, slice));
            if (expired is not null)
            {
                reason += $"; waiver expired {expired.Expires:yyyy-MM-dd}, not applied";
            }

            var action = budget.OnRegression == RegressionAction.Pause ? GateAction.Pause : GateAction.Rollback;
            return new BudgetResult(budget.Name, slice, ResultStatus.Regressed, action, baseline, canary, delta, reason, budget.Span, interval);
        }

        if (check.Inconclusive.Count > 0)
        {
            return new BudgetResult(
                budget.Name, slice, ResultStatus.Inconclusive, GateAction.Pause, baseline, canary, delta,
                string.Join("; ", check.Inconclusive), budget.Span, interval);
        }

        return new BudgetResult(
            budget.Name, slice, ResultStatus.Pass, GateAction.Continue, baseline, canary, delta,
            string.Join("; ", check.Held), budget.Span, interval);
    }

    private static string? MissingReason(MetricValue? baseline, MetricSet? canarySet, MetricValue? canary)
    {
        var problems = new[]
        {
            Problem("baseline", baseline),
            canarySet is null ? "canary does not report this slice" : Problem("canary", canary),
        }.Where(p => p is not null).ToList();
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static string? Problem(string side, MetricValue? value) =>
        value is null ? $"{side} does not report it"
        : value.Problem is not null ? $"{side} value {value.Problem}"
        : null;

    private static string? Insufficient(MetricSet baseline, MetricSet canary, decimal? minSamples)
    {
        if (minSamples is not { } min)
        {
            return null;
        }

        var small = new[] { ("baseline", baseline.Samples), ("canary", canary.Samples) }
            .Where(side => side.Samples is { } n && n < min)
            .Select(side => $"{side.Item1} has {ExactNumber.Format(side.Samples!.Value)} samples")
            .ToList();
        return small.Count == 0
            ? null
            : $"too small to judge: {string.Join(" and ", small)}, fewer than min_samples {ExactNumber.Format(min)}";
    }
}
