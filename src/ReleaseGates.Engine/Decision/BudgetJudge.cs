using System.Globalization;
using ReleaseGates.Engine.Evaluation;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Decision;

/// <summary>Judges one budget overall or on one slice, in the order of contract §3 and §7.</summary>
internal static class BudgetJudge
{
    /// <summary>A missing or insufficient result, or the comparison of two numbers, decided by <see cref="Finish"/>.</summary>
    /// <param name="canary">Null when the canary does not report this slice at all.</param>
    public static (BudgetResult? Result, Comparison? Comparison) Judge(Budget budget, string? slice, MetricSet baseline, MetricSet? canary, JudgeContext context)
    {
        var baselineMetric = baseline.Metric(budget.Name);
        var canaryMetric = canary?.Metric(budget.Name);
        if (MissingReason(baselineMetric, canary, canaryMetric) is { } missing)
        {
            return (Missing(budget, slice, baselineMetric?.Value, canaryMetric?.Value, missing), null);
        }

        var baselineValue = baselineMetric!.Value!.Value;
        var canaryValue = canaryMetric!.Value!.Value;
        if (slice is not null && Insufficient(baseline, canary!, context.MinSamples) is { } tooSmall)
        {
            return (new BudgetResult(budget.Name, slice, ResultStatus.Insufficient, GateAction.Pause, baselineValue, canaryValue, null, tooSmall, budget.Span), null);
        }

        try
        {
            var tests = LimitTest.For(budget, baselineValue, canaryValue);
            var samples = baseline.Samples is { } n && n <= long.MaxValue ? (long?)(long)n : null;
            return (null, new Comparison(budget, slice, baselineValue, canaryValue, tests, samples));
        }
        catch (OverflowException)
        {
            return (Missing(budget, slice, baselineValue, canaryValue, "the values are too large to compare exactly"), null);
        }
    }

    public static BudgetResult Missing(Budget budget, string? slice, GateValue? baseline, GateValue? canary, string reason)
    {
        var action = budget.OnMissing switch
        {
            MissingAction.Rollback => GateAction.Rollback,
            MissingAction.Ignore => GateAction.Continue,
            _ => GateAction.Pause,
        };
        return new BudgetResult(budget.Name, slice, ResultStatus.Missing, action, baseline, canary, null, $"{reason} (on_missing: {GateNames.OnMissing.Of(budget.OnMissing)})", budget.Span);
    }

    /// <summary>The result of a comparison: a broken limit regresses (or is waived), a limit inconclusive under noise
    /// pauses, and otherwise it passes; exactly on a limit holds.</summary>
    public static BudgetResult Finish(Comparison comparison, JudgeContext context)
    {
        var budget = comparison.Budget;
        var slice = comparison.Slice;
        var verdicts = comparison.Verdicts ?? comparison.Tests.Select(t => t.IsBroken ? LimitVerdict.Broken : LimitVerdict.Held).ToArray();
        var noisy = comparison.Verdicts is not null;
        BudgetResult Result(ResultStatus status, GateAction action, string reason) =>
            new(budget.Name, slice, status, action, comparison.Baseline, comparison.Canary, comparison.Delta, reason, budget.Span, comparison.Interval,
                status == ResultStatus.Inconclusive ? comparison.SamplesNeeded : null);

        var broken = Texts(comparison, verdicts, LimitVerdict.Broken, noisy ? ", beyond noise" : string.Empty);
        if (broken.Length > 0)
        {
            var waiver = context.Waivers.FirstOrDefault(w => w.Covers(budget.Name, slice) && !w.IsExpiredOn(context.Today));
            if (waiver is not null)
            {
                return Result(ResultStatus.Waived, GateAction.Waived, $"{broken}; waived until {waiver.Expires:yyyy-MM-dd}: {waiver.Reason}");
            }

            var expired = context.Waivers.FirstOrDefault(w => w.Covers(budget.Name, slice));
            var reason = expired is null ? broken : $"{broken}; waiver expired {expired.Expires:yyyy-MM-dd}, not applied";
            return Result(ResultStatus.Regressed, budget.OnRegression == RegressionAction.Pause ? GateAction.Pause : GateAction.Rollback, reason);
        }

        var inconclusive = Texts(comparison, verdicts, LimitVerdict.Inconclusive, ", not yet beyond noise");
        if (inconclusive.Length > 0)
        {
            return Result(ResultStatus.Inconclusive, GateAction.Pause, inconclusive + SettleAdvice(comparison));
        }

        return Result(ResultStatus.Pass, GateAction.Continue, string.Join("; ", comparison.Tests.Select(t => t.Comparison + (t.IsBroken && noisy ? ", but within noise" : string.Empty))));
    }

    private static string Texts(Comparison comparison, LimitVerdict[] verdicts, LimitVerdict verdict, string suffix) =>
        string.Join("; ", comparison.Tests.Where((_, i) => verdicts[i] == verdict).Select(t => t.Comparison + suffix));

    /// <summary>"; about 2,400 more utterances in tenant:acme would settle it".</summary>
    private static string SettleAdvice(Comparison comparison)
    {
        if (comparison.SamplesNeeded is not { } needed || comparison.Samples is not { } samples)
        {
            return string.Empty;
        }

        var more = needed - samples;
        var magnitude = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(more)) - 1));
        var rounded = (long)(Math.Ceiling(more / magnitude) * magnitude);
        return string.Format(CultureInfo.InvariantCulture, "; about {0:N0} more utterance{1} {2} would settle it",
            rounded, rounded == 1 ? string.Empty : "s", comparison.Slice is null ? "in total" : $"in {comparison.Slice}");
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
