using System.Globalization;
using System.Text;
using ReleaseGates.Simulation.Gates;

namespace ReleaseGates.Simulation.Reporting;

/// <summary>
/// Where a batch's rollbacks and pauses came from: per budget, overall or on a slice, how many gates had a result
/// that rolled back or paused, and with which status. This is what says *why* a rate misses its target.
/// </summary>
internal static class OutcomeBreakdown
{
    public static string Markdown(IReadOnlyList<GateRun> runs)
    {
        var text = new StringBuilder();
        var valid = runs.Where(r => !r.Outcome.IsInvalid).ToList();
        if (valid.Count == 0)
        {
            return "No valid gate.\n";
        }

        var results = valid.Average(r => r.Outcome.Results.Count);
        var utterances = valid.Average(r => r.SliceCounts[WrittenGate.Overall]);
        var generate = valid.Average(r => r.GenerateTime.TotalSeconds);
        var engine = valid.Average(r => r.EngineTime.TotalSeconds);
        var critical = valid.Where(r => r.Outcome.CriticalValue is not null).Select(r => r.Outcome.CriticalValue!.Value).ToList();
        var criticalNote = critical.Count == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" The engine's critical value (`statistics.critical_value`) ranged {critical.Min():0.00}–{critical.Max():0.00}, mean {critical.Average():0.00}.");
        text.Append(string.Create(CultureInfo.InvariantCulture,
            $"{valid.Count} gates, {utterances:#,0} utterances and {results:0.#} judged results per gate on average; per gate, writing its files took {generate:0.00} s and the engine {engine:0.00} s (means; gates simulated in parallel share the cores).{criticalNote}\n\n"));
        text.Append("| budget | where | gates with a rollback result | gates with a pause result | statuses of those results |\n");
        text.Append("|---|---|---|---|---|\n");
        var rows = valid
            .SelectMany(r => r.Outcome.Results.Select(result => (Run: r, Result: result)))
            .Where(x => x.Result.Action is "rollback" or "pause")
            .GroupBy(x => (x.Result.Budget, Where: x.Result.Slice is null ? "overall" : "slices"))
            .OrderBy(g => g.Key.Budget, StringComparer.Ordinal).ThenBy(g => g.Key.Where, StringComparer.Ordinal);
        foreach (var group in rows)
        {
            var rollbacks = group.Where(x => x.Result.Action == "rollback").Select(x => x.Run.Index).Distinct().Count();
            var pauses = group.Where(x => x.Result.Action == "pause").Select(x => x.Run.Index).Distinct().Count();
            var statuses = string.Join(", ", group.GroupBy(x => x.Result.Status).OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} ×{s.Count()}")));
            text.Append(string.Create(CultureInfo.InvariantCulture, $"| `{group.Key.Budget}` | {group.Key.Where} | {rollbacks} | {pauses} | {statuses} |\n"));
        }

        if (!rows.Any())
        {
            text.Append("| (none) | | 0 | 0 | |\n");
        }

        var invalid = runs.Count - valid.Count;
        if (invalid > 0)
        {
            var example = runs.First(r => r.Outcome.IsInvalid).Outcome.Errors.FirstOrDefault() ?? "no message";
            text.Append(string.Create(CultureInfo.InvariantCulture, $"\n{invalid} gates were invalid input, e.g.: {example}\n"));
        }

        return text.ToString();
    }
}
