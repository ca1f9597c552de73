using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>
/// One metric as an evaluation output reports it: a finite number, or the reason it is not one (NaN, Infinity,
/// a string, ...). A metric with a problem is judged as missing.
/// </summary>
public sealed class MetricValue
{
    private MetricValue(decimal? value, string? problem, TextPosition position)
    {
        Value = value;
        Problem = problem;
        Position = position;
    }

    public decimal? Value { get; }

    /// <summary>Why the metric has no usable value, e.g. "is NaN (not a finite number)".</summary>
    public string? Problem { get; }

    public TextPosition Position { get; }

    public static MetricValue Number(decimal value, TextPosition position) => new(value, null, position);

    public static MetricValue Unusable(string problem, TextPosition position) => new(null, problem, position);
}
