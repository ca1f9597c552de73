using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>gates.json <c>waivers</c>: known regressions accepted until a date.</summary>
internal static class WaiverReader
{
    internal static readonly string[] Keys = { "budget", "slice", "reason", "expires" };

    private const string Example = "{ \"budget\": \"wer\", \"slice\": \"tenant:acme\", \"reason\": \"...\", \"expires\": \"2026-12-31\" }";

    public static IReadOnlyList<Waiver> ReadAll(ObjectReader gates, IReadOnlyList<Budget>? budgets, CapacityConfig? capacity)
    {
        if (gates.Member("waivers") is not { } member)
        {
            return Array.Empty<Waiver>();
        }

        if (member.Value.Kind != JsonNodeKind.Array)
        {
            gates.Error(member.Value.Span, $"'waivers' must be an array, not {ObjectReader.Describe(member.Value)}; for example [{Example}]");
            return Array.Empty<Waiver>();
        }

        var budgetNames = (budgets ?? Array.Empty<Budget>()).Select(b => b.Name).ToList();
        if (capacity is not null)
        {
            budgetNames.Add(CapacityConfig.BudgetName);
        }

        var waivers = new List<Waiver>();
        foreach (var item in member.Value.Items)
        {
            if (Read(item, gates, budgets is null ? null : budgetNames) is { } waiver)
            {
                waivers.Add(waiver);
            }
        }

        return waivers;
    }

    private static Waiver? Read(JsonNode item, ObjectReader gates, IReadOnlyList<string>? budgetNames)
    {
        var waiver = ObjectReader.Open(item, "a waiver", Keys, gates.Sink, Example);
        if (waiver is null)
        {
            return null;
        }

        var budget = waiver.String("budget", required: true, "name the budget it waives, e.g. \"wer\"");
        var slice = waiver.String("slice", required: false, "name the slice it waives, e.g. \"tenant:acme\", or leave 'slice' out to waive the budget everywhere");
        var reason = waiver.String("reason", required: true, "say why the regression is accepted, so the next person knows when to remove it");
        var expiresText = waiver.String("expires", required: true, "give the last day it applies as YYYY-MM-DD, e.g. \"2026-12-31\"");

        if (budget is not null && budgetNames is not null && !budgetNames.Contains(budget))
        {
            waiver.Error(waiver.Member("budget")!.Value.Span, $"the waiver names budget '{budget}', which is not in 'budgets'{Suggestions.DidYouMean(budget, budgetNames)}");
            budget = null;
        }

        DateTime expires = default;
        if (expiresText is not null && !GateDate.TryParse(expiresText, out expires))
        {
            waiver.Error(waiver.Member("expires")!.Value.Span, $"'expires' in a waiver is '{expiresText}'; write the last day it applies as YYYY-MM-DD, e.g. \"2026-12-31\"");
            expiresText = null;
        }

        return budget is null || reason is null || expiresText is null ? null : new Waiver(budget, slice, reason, expires, item.Span);
    }
}
