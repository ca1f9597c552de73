using System.Text.RegularExpressions;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>
/// Which metrics may be infinite in an evaluation output: a percentile (<c>_p95</c>) or a mean (<c>_mean</c>) over
/// values that include a timeout. Any other metric that is Infinity is not a finite number, judged as missing.
/// </summary>
internal static class TimeoutMetrics
{
    private static readonly Regex Percentile = new("_p[0-9]+$", RegexOptions.CultureInvariant);

    public static bool CanBeInfinite(string metric) =>
        metric.EndsWith(MetricNames.MeanSuffix, StringComparison.Ordinal) || Percentile.IsMatch(metric);
}
