using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Json;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>
/// Metrics computed from per-utterance results, as the evaluation output the gate judges: every number is the
/// decimal a reader of <c>release-gates metrics</c> output would get (see <see cref="MetricNumber"/>), and a
/// metric that is not a number carries the reason.
/// </summary>
internal static class UtteranceEvaluationOutput
{
    public static EvaluationOutput From(UtteranceEvaluation evaluation, string description, EvalSetIdentity? identity = null) =>
        new(description, ToMetricSet(evaluation.Overall),
            evaluation.Slices.Select(slice => new KeyValuePair<string, MetricSet>(slice.Key, ToMetricSet(slice.Value))).ToList(),
            identity);

    /// <summary>A whole side's metrics with its normaliser and evaluation-set fingerprint, as a structured output would carry them.</summary>
    public static EvaluationOutput From(MetricsOutput metrics, string description) =>
        From(metrics.Evaluation, description, new EvalSetIdentity(metrics.Normalizer, TextSpan.None, metrics.Fingerprint, TextSpan.None, metrics.Utterances));

    private static MetricSet ToMetricSet(MetricValues values)
    {
        var metrics = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        foreach (var metric in values.Values)
        {
            metrics[metric.Key] = double.IsPositiveInfinity(metric.Value)
                ? MetricValue.Number(GateValue.PositiveInfinity, TextPosition.None)
                : MetricNumber.ToDecimal(metric.Value) is { } number
                    ? MetricValue.Number(number, TextPosition.None)
                    : MetricValue.Unusable(WhyNotANumber(metric.Key), TextPosition.None);
        }

        return new MetricSet(values.Samples, metrics);
    }

    private static string WhyNotANumber(string metric) => metric switch
    {
        MetricNames.WordErrorRate => "is not a number: these utterances have no reference words",
        MetricNames.EntityErrorRate => "is not a number: these utterances list no entities",
        MetricNames.PartialChurn => "is not a number: no utterance has partials with a non-empty final hypothesis",
        _ when metric.StartsWith(MetricNames.FirstPartialMs, StringComparison.Ordinal) => $"is not a number: no utterance reports {MetricNames.FirstPartialMs}",
        _ when metric.StartsWith(MetricNames.FinalMs, StringComparison.Ordinal) => $"is not a number: no utterance reports {MetricNames.FinalMs}",
        _ => "is not a number: no utterance reports it",
    };
}
