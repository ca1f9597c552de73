using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// How one metric is recomputed on a bootstrap resample, from the weighted sums of per-utterance figures (a ratio or
/// a mean) or from the weighted ranks of a field's values (a percentile). Every metric computed from the utterances
/// has one; <see cref="For"/> finds it by the name a budget uses.
/// </summary>
internal abstract record ResampledMetric(string Name)
{
    /// <summary>The definition of <paramref name="metric"/>, or null when it is not computed from the utterances
    /// (or is <c>samples</c>, a count that resampling only blurs).</summary>
    /// <param name="fieldOf">The kind of a number field by name, on either side; null when neither has it.</param>
    public static ResampledMetric? For(string metric, Func<string, FieldKind?> fieldOf)
    {
        switch (metric)
        {
            case MetricNames.WordErrorRate:
                return new Ratio(metric, new Figure(FigureSource.Edits), new Figure(FigureSource.ReferenceWords));
            case MetricNames.EntityErrorRate:
                return new Ratio(metric, new Figure(FigureSource.EntityMisses), new Figure(FigureSource.Entities));
            case MetricNames.PartialChurn:
                return new Ratio(metric, new Figure(FigureSource.Erasures), new Figure(FigureSource.ChurnWords));
        }

        foreach (var percent in MetricNames.Percentiles)
        {
            if (Base(metric, $"_p{percent}", fieldOf, FieldKind.Latency, FieldKind.Number) is { } field)
            {
                return new Percentile(metric, field, percent);
            }
        }

        if (Base(metric, MetricNames.TimeoutRateSuffix, fieldOf, FieldKind.Latency, FieldKind.Number) is { } timed)
        {
            return new Ratio(metric, new Figure(FigureSource.Timeouts, timed), new Figure(FigureSource.Reported, timed));
        }

        if (Base(metric, MetricNames.MeanSuffix, fieldOf, FieldKind.Number) is { } averaged)
        {
            return new Mean(metric, averaged);
        }

        return Base(metric, MetricNames.RateSuffix, fieldOf, FieldKind.Boolean) is { } flag
            ? new Ratio(metric, new Figure(FigureSource.Trues, flag), new Figure(FigureSource.Reported, flag))
            : null;
    }

    /// <summary>The figures this metric's value is made of (a percentile's is the count of values it ranks).</summary>
    public abstract IEnumerable<Figure> Figures { get; }

    private static string? Base(string metric, string suffix, Func<string, FieldKind?> fieldOf, params FieldKind[] kinds)
    {
        if (!metric.EndsWith(suffix, System.StringComparison.Ordinal) || metric.Length == suffix.Length)
        {
            return null;
        }

        var field = metric.Substring(0, metric.Length - suffix.Length);
        return fieldOf(field) is { } kind && System.Array.IndexOf(kinds, kind) >= 0 ? field : null;
    }

    /// <summary>A sum over a sum: wer, entity_error_rate, partial_churn, timeout rates, boolean rates.</summary>
    public sealed record Ratio(string Name, Figure Numerator, Figure Denominator) : ResampledMetric(Name)
    {
        public override IEnumerable<Figure> Figures => [Numerator, Denominator];
    }

    /// <summary>A number measure's mean: infinite as soon as a drawn line timed out.</summary>
    public sealed record Mean(string Name, string Field) : ResampledMetric(Name)
    {
        public override IEnumerable<Figure> Figures =>
            [new Figure(FigureSource.Sum, Field), new Figure(FigureSource.Reported, Field), new Figure(FigureSource.Timeouts, Field)];
    }

    /// <summary>The nearest-rank percentile of a latency or number measure, timeouts ranked above every value.</summary>
    public sealed record Percentile(string Name, string Field, int Percent) : ResampledMetric(Name)
    {
        public override IEnumerable<Figure> Figures => [new Figure(FigureSource.Reported, Field)];
    }
}

/// <summary>One per-utterance number the bootstrap sums with the resample's weights.</summary>
/// <param name="Field">The latency or measure it is of; null for the text figures.</param>
internal sealed record Figure(FigureSource Source, string? Field = null)
{
    /// <summary>Measure sums are doubles; every other figure is a whole count.</summary>
    public bool IsSum => Source == FigureSource.Sum;
}

internal enum FigureSource
{
    Edits,
    ReferenceWords,
    EntityMisses,
    Entities,
    Erasures,
    ChurnWords,
    Reported,
    Timeouts,
    Trues,
    Sum,
}
