namespace ReleaseGates.Engine.Gates;

/// <summary>gates.json <c>statistics</c> (contract §6).</summary>
internal static class StatisticsReader
{
    internal static readonly string[] Keys = { "confidence", "resamples", "seed" };

    public static StatisticsConfig? Read(ObjectReader gates)
    {
        if (gates.Member("statistics") is not { } member)
        {
            return null;
        }

        var statistics = ObjectReader.Open(member.Value, "statistics", Keys, gates.Sink, "{ \"confidence\": 0.95, \"resamples\": 1000, \"seed\": 7 }");
        if (statistics is null)
        {
            return null;
        }

        var confidence = statistics.Number("confidence", required: false, "the confidence of the bootstrap interval, e.g. 0.95", v => v > 0 && v < 1 ? null : "confidence must be in (0, 1), e.g. 0.95");
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
        return invalid
            ? null
            : new StatisticsConfig(
                confidence ?? StatisticsConfig.DefaultConfidence,
                (int)(resamples ?? StatisticsConfig.DefaultResamples),
                (int)(seed ?? StatisticsConfig.DefaultSeed),
                member.NameSpan);
    }
}
