using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>gates.json <c>budgets</c>: metric name -> direction, limits and actions.</summary>
internal static class BudgetReader
{
    internal static readonly string[] Keys =
        { "direction", "allowed_delta", "allowed_relative_delta", "max", "min", "on_regression", "on_missing" };

    private const string Example = "{ \"wer\": { \"direction\": \"lower_is_better\", \"allowed_delta\": 0.005 } }";

    /// <returns>Null when budgets are absent or unusable (the error says why).</returns>
    public static IReadOnlyList<Budget>? ReadAll(ObjectReader gates, CapacityConfig? capacity)
    {
        if (gates.Member("budgets") is not { } member)
        {
            gates.RequireMissing("budgets", $"add at least one metric budget, e.g. \"budgets\": {Example}");
            return null;
        }

        if (member.Value.Kind != JsonNodeKind.Object)
        {
            gates.Error(member.Value.Span, $"'budgets' must be an object of metric name -> budget, not {ObjectReader.Describe(member.Value)}; for example {Example}");
            return null;
        }

        if (member.Value.Members.Count == 0)
        {
            gates.Error(member.Value.Span, $"'budgets' is empty; add at least one metric budget, e.g. {Example}");
            return null;
        }

        var budgets = new List<Budget>();
        var seen = new HashSet<string>();
        foreach (var entry in member.Value.Members)
        {
            if (!seen.Add(entry.Name))
            {
                gates.Error(entry.NameSpan, $"budget '{entry.Name}' is declared twice; keep one");
                continue;
            }

            if (capacity is not null && entry.Name == CapacityConfig.BudgetName)
            {
                gates.Error(entry.NameSpan, "budget 'replicas' is judged by the capacity section; set its limits there with 'max_replicas' and 'allowed_replica_delta'");
                continue;
            }

            if (Read(entry, gates) is { } budget)
            {
                budgets.Add(budget);
            }
        }

        return budgets;
    }

    private static Budget? Read(JsonMember entry, ObjectReader gates)
    {
        var context = $"budget '{entry.Name}'";
        var budget = ObjectReader.Open(entry.Value, context, Keys, gates.Sink, "{ \"direction\": \"lower_is_better\", \"allowed_delta\": 0.005 }");
        if (budget is null)
        {
            return null;
        }

        var direction = budget.Choice("direction", required: true, GateNames.Direction);
        const string NonNegative = "allowances must be >= 0: they are the worsening the budget accepts";
        var allowedDelta = budget.Number("allowed_delta", required: false, "the allowed worsening in the metric's unit", v => v >= 0 ? null : NonNegative);
        var allowedRelative = budget.Number("allowed_relative_delta", required: false, "the allowed worsening as a fraction of the baseline (0.10 = 10 %)", v => v >= 0 ? null : NonNegative);
        var max = budget.Number("max", required: false, "an absolute upper bound on the canary value");
        var min = budget.Number("min", required: false, "an absolute lower bound on the canary value");
        var onRegression = budget.Choice("on_regression", required: false, GateNames.OnRegression);
        var onMissing = budget.Choice("on_missing", required: false, GateNames.OnMissing);

        var hasLimitKey = budget.Member("allowed_delta") is not null || budget.Member("allowed_relative_delta") is not null
            || budget.Member("max") is not null || budget.Member("min") is not null;
        if (!hasLimitKey)
        {
            budget.Error(entry.NameSpan, $"{context} sets no limit; give at least one of 'allowed_delta', 'allowed_relative_delta', 'max' or 'min'");
        }

        if (max is not null && min is not null && min > max)
        {
            budget.Error(budget.Member("min")!.Value.Span, $"{context} has min {min} above max {max}: no canary value could pass; swap or fix them");
        }

        if (direction is null || (hasLimitKey && allowedDelta is null && allowedRelative is null && max is null && min is null))
        {
            return null;
        }

        return new Budget(
            entry.Name,
            direction.Value,
            allowedDelta,
            allowedRelative,
            max,
            min,
            onRegression ?? RegressionAction.Rollback,
            onMissing ?? MissingAction.Pause,
            entry.NameSpan);
    }
}
