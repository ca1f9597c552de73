using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Evaluation;
using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Engine.Decision;

/// <summary>
/// A budget (or the capacity cost metric) whose metric neither evaluation reports anywhere, while a close name is
/// reported: a typo such as "first_partial_p95" for "first_partial_ms_p95". Judged as missing it would turn a
/// rollback budget into a pause, so it is a configuration error with "did you mean". A name with no close match stays
/// a missing metric (its on_missing): the evaluation step may simply not have written it.
/// </summary>
internal static class MetricNameCheck
{
    public static IReadOnlyList<GateDiagnostic> Misspelled(GatesConfig config, EvaluationOutput baseline, EvaluationOutput canary)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var side in new[] { baseline, canary })
        {
            reported.UnionWith(side.Overall.Metrics.Keys);
            foreach (var slice in side.Slices)
            {
                reported.UnionWith(slice.Value.Metrics.Keys);
            }
        }

        var errors = new List<GateDiagnostic>();
        foreach (var budget in config.Budgets)
        {
            Check(budget.Name, $"budget '{budget.Name}'", budget.Span, reported, config.FilePath, errors);
        }

        if (config.Capacity is { } capacity)
        {
            Check(capacity.CostMetric, $"capacity's '{capacity.CostMetric}'", capacity.Span, reported, config.FilePath, errors);
        }

        return errors;
    }

    private static void Check(string metric, string subject, Json.TextSpan span, HashSet<string> reported, string gatesFile, List<GateDiagnostic> errors)
    {
        if (reported.Contains(metric))
        {
            return;
        }

        var hint = Suggestions.DidYouMean(metric, reported.OrderBy(name => name, StringComparer.Ordinal));
        if (hint.Length > 0)
        {
            errors.Add(GateDiagnostic.InvalidInput(gatesFile, span, $"{subject}: neither evaluation reports this metric{hint} Budgets name metrics exactly as the evaluation outputs write them."));
        }
    }
}
