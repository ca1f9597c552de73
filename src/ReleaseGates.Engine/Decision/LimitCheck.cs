using System.Collections.Generic;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Decision;

/// <summary>
/// Checks every limit of a budget against one baseline/canary pair. Every given limit must hold; exactly on the
/// limit holds. With a delta interval, a worsening beyond an allowance whose interval still reaches the allowance is
/// inconclusive rather than a regression.
/// </summary>
internal sealed class LimitCheck
{
    private LimitCheck()
    {
    }

    public List<string> Violations { get; } = new();

    public List<string> Inconclusive { get; } = new();

    public List<string> Held { get; } = new();

    public static LimitCheck Run(Budget budget, decimal baseline, decimal canary, DeltaInterval? interval)
    {
        var check = new LimitCheck();
        var delta = canary - baseline;
        var lowerIsBetter = budget.Direction == Direction.LowerIsBetter;
        var worsening = lowerIsBetter ? delta : -delta;

        // The smallest worsening the interval allows: the bound that is most favourable to the canary.
        decimal? leastWorsening = interval is null ? null : lowerIsBetter ? interval.Low : -interval.High;

        if (budget.AllowedDelta is { } allowed)
        {
            check.Allowance(delta, worsening, leastWorsening, allowed, lowerIsBetter, string.Empty);
        }

        if (budget.AllowedRelativeDelta is { } relative)
        {
            var allowance = relative * System.Math.Abs(baseline);
            var detail = $" ({ExactNumber.Format(relative * 100)} % of baseline {ExactNumber.Format(baseline)})";
            check.Allowance(delta, worsening, leastWorsening, allowance, lowerIsBetter, detail);
        }

        if (budget.Max is { } max)
        {
            (canary > max ? check.Violations : check.Held).Add($"canary {ExactNumber.Format(canary)} {(canary > max ? ">" : "<=")} max {ExactNumber.Format(max)}");
        }

        if (budget.Min is { } min)
        {
            (canary < min ? check.Violations : check.Held).Add($"canary {ExactNumber.Format(canary)} {(canary < min ? "<" : ">=")} min {ExactNumber.Format(min)}");
        }

        return check;
    }

    private void Allowance(decimal delta, decimal worsening, decimal? leastWorsening, decimal allowance, bool lowerIsBetter, string detail)
    {
        var allowed = allowance == 0 ? "0" : (lowerIsBetter ? "+" : "-") + ExactNumber.Format(allowance);
        if (worsening <= allowance)
        {
            Held.Add($"{ExactNumber.FormatSigned(delta)} within {allowed} allowed{detail}");
            return;
        }

        var comparison = $"{ExactNumber.FormatSigned(delta)} {(lowerIsBetter ? ">" : "<")} {allowed} allowed{detail}";
        if (leastWorsening is { } least && least <= allowance)
        {
            Inconclusive.Add($"{comparison}, but the interval still reaches the allowance");
        }
        else
        {
            Violations.Add(comparison);
        }
    }
}
