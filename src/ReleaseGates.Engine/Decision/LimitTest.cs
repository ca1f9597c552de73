using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Decision;

/// <summary>
/// One limit of a budget (allowed_delta, allowed_relative_delta, max or min) checked on one baseline/canary pair.
/// <see cref="Excess"/> is how far the canary is beyond the limit: above 0 breaks it, exactly 0 is on budget.
/// </summary>
internal sealed record LimitTest(Budget Budget, LimitKind Kind, decimal Limit, GateValue Excess, string Comparison)
{
    public bool IsBroken => Excess > 0m;

    /// <summary>The limits a budget sets, each checked on the point values, in exact decimal.</summary>
    public static LimitTest[] For(Budget budget, GateValue baseline, GateValue canary)
    {
        var tests = new List<LimitTest>(4);
        var delta = canary - baseline;
        var lowerIsBetter = budget.Direction == Direction.LowerIsBetter;
        var worsening = lowerIsBetter ? delta : -delta;
        if (budget.AllowedDelta is { } allowed)
        {
            tests.Add(Allowance(budget, LimitKind.Delta, allowed, delta, worsening, allowed, lowerIsBetter, string.Empty));
        }

        if (budget.AllowedRelativeDelta is { } relative)
        {
            // Baseline 0: any worsening is a regression; an infinite baseline allows any finite canary.
            var allowance = baseline.IsFinite ? relative * Math.Abs(baseline.Finite) : relative == 0 ? 0m : GateValue.PositiveInfinity;
            var detail = $" ({ExactNumber.Format(relative * 100)} % of baseline {baseline})";
            tests.Add(Allowance(budget, LimitKind.Relative, relative, delta, worsening, allowance, lowerIsBetter, detail));
        }

        if (budget.Max is { } max)
        {
            var excess = canary - max;
            tests.Add(new LimitTest(budget, LimitKind.Max, max, excess, $"canary {canary} {(excess > 0m ? ">" : "<=")} max {ExactNumber.Format(max)}"));
        }

        if (budget.Min is { } min)
        {
            var excess = -(canary - min);
            tests.Add(new LimitTest(budget, LimitKind.Min, min, excess, $"canary {canary} {(excess > 0m ? "<" : ">=")} min {ExactNumber.Format(min)}"));
        }

        return tests.ToArray();
    }

    /// <summary>This limit's excess on a resample's values, in double: what its noise is measured on.</summary>
    public double ExcessOn(double baseline, double canary)
    {
        var lowerIsBetter = Budget.Direction == Direction.LowerIsBetter;
        var delta = double.IsInfinity(baseline) && baseline == canary ? 0 : canary - baseline;
        var worsening = lowerIsBetter ? delta : -delta;
        return Kind switch
        {
            LimitKind.Delta => worsening - (double)Limit,
            LimitKind.Relative => worsening - (Limit == 0 ? 0 : (double)Limit * Math.Abs(baseline)),
            LimitKind.Max => canary - (double)Limit,
            _ => (double)Limit - canary,
        };
    }

    private static LimitTest Allowance(Budget budget, LimitKind kind, decimal limit, GateValue delta, GateValue worsening, GateValue allowance, bool lowerIsBetter, string detail)
    {
        var allowed = allowance == 0m ? "0" : (lowerIsBetter ? "+" : "-") + allowance;
        var excess = worsening - allowance;
        var comparison = excess > 0m
            ? $"{delta.ToSignedString()} {(lowerIsBetter ? ">" : "<")} {allowed} allowed{detail}"
            : $"{delta.ToSignedString()} within {allowed} allowed{detail}";
        return new LimitTest(budget, kind, limit, excess, comparison);
    }
}
