using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>
/// One metric as an evaluation output reports it: a number (infinite only for a percentile or mean over timeouts),
/// or the reason it is not one (NaN, a string, ...). A metric with a problem is judged as missing.
/// </summary>
/// <param name="Problem">Why the metric has no usable value, e.g. "is NaN (not a finite number)".</param>
public sealed record MetricValue(GateValue? Value, string? Problem, TextPosition Position)
{
    public static MetricValue Number(GateValue value, TextPosition position) => new(value, null, position);

    public static MetricValue Unusable(string problem, TextPosition position) => new(null, problem, position);

    /// <summary>The finite value, or null (a capacity cost must be finite).</summary>
    public decimal? FiniteValue => Value is { IsFinite: true } value ? value.Finite : null;
}
