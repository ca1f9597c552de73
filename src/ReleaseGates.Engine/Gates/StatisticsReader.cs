using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>
/// gates.json <c>statistics</c> (contract §7): on by default, <c>false</c> for point estimates, <c>true</c> or an
/// object of <c>confidence</c>, <c>resamples</c>, <c>seed</c> to tune it. Resamples too few for the noise control's
/// critical value are an error that names the smallest sufficient number.
/// </summary>
internal static class StatisticsReader
{
    internal static readonly string[] Keys = { "confidence", "resamples", "seed" };

    private const string Example = "{ \"confidence\": 0.95, \"resamples\": 1000, \"seed\": 7 }";

    /// <returns>The statistics to apply, or null for <c>"statistics": false</c> (and when the section is invalid).</returns>
    public static StatisticsConfig? Read(ObjectReader gates)
    {
        if (gates.Member("statistics") is not { } member)
        {
            return Defaults(TextSpan.None);
        }

        switch (member.Value.Kind)
        {
            case JsonNodeKind.False:
                return null;
            case JsonNodeKind.True:
                return Defaults(member.NameSpan);
        }

        var statistics = ObjectReader.Open(member.Value, "statistics", Keys, gates.Sink, $"{Example}, or false for point estimates");
        if (statistics is null)
        {
            return null;
        }

        var confidence = statistics.Number("confidence", required: false, "the confidence of the whole gate, e.g. 0.95", v => v > 0 && v < 1 ? null : "confidence must be in (0, 1), e.g. 0.95");
        var resamples = statistics.Number(
            "resamples",
            required: false,
            "how many bootstrap resamples to draw, e.g. 1000",
            v => v >= 1 && v <= 1_000_000 && v == decimal.Truncate(v) ? null : "resamples must be a whole number from 1 to 1000000");
        var seed = statistics.Number(
            "seed",
            required: false,
            "the random seed, so every machine gets the same draw",
            v => v >= int.MinValue && v <= int.MaxValue && v == decimal.Truncate(v) ? null : "seed must be a whole number that fits in 32 bits");

        var invalid = (statistics.Member("confidence") is not null && confidence is null)
            || (statistics.Member("resamples") is not null && resamples is null)
            || (statistics.Member("seed") is not null && seed is null);
        if (invalid)
        {
            return null;
        }

        var config = new StatisticsConfig(
            confidence ?? StatisticsConfig.DefaultConfidence,
            (int)(resamples ?? StatisticsConfig.DefaultResamples),
            (int)(seed ?? StatisticsConfig.DefaultSeed),
            member.NameSpan);
        var needed = NoiseControl.MinimumResamples(config.Confidence);
        if (config.Resamples < needed)
        {
            var at = statistics.Member("resamples")?.Value.Span ?? member.NameSpan;
            statistics.Error(at, $"'resamples' in statistics is {config.Resamples}, too few for one error rate at confidence {ExactNumber.Format(config.Confidence)}: the critical value needs at least {needed} resamples; set \"resamples\": {needed} or more");
            return null;
        }

        return config;
    }

    private static StatisticsConfig Defaults(TextSpan span) =>
        new(StatisticsConfig.DefaultConfidence, StatisticsConfig.DefaultResamples, StatisticsConfig.DefaultSeed, span);
}
