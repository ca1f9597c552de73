using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>gates.json <c>capacity</c> (contract §5).</summary>
internal static class CapacityReader
{
    internal static readonly string[] Keys =
    {
        "concurrent_streams", "gpu_seconds_per_audio_second", "target_utilization", "vad_savings", "max_replicas", "allowed_replica_delta",
    };

    private const decimal DefaultUtilization = 0.7m;

    public static CapacityConfig? Read(ObjectReader gates)
    {
        if (gates.Member("capacity") is not { } member)
        {
            return null;
        }

        var capacity = ObjectReader.Open(
            member.Value,
            "capacity",
            Keys,
            gates.Sink,
            "{ \"concurrent_streams\": 12000, \"gpu_seconds_per_audio_second\": \"rtf\", \"target_utilization\": 0.7, \"vad_savings\": 0.35 }");
        if (capacity is null)
        {
            return null;
        }

        var streams = capacity.Number("concurrent_streams", required: true, "the peak number of real-time streams, e.g. 12000", v => v >= 0 ? null : "concurrent_streams must be >= 0");
        var costMetric = ReadCostMetric(capacity);
        var utilization = capacity.Number(
            "target_utilization",
            required: false,
            "the share of GPU time you plan to use, in (0, 1]",
            v => v > 0 && v <= 1 ? null : "target_utilization must be in (0, 1]: above 0 and at most 1 (0.7 = plan for 70 % busy GPUs)");
        var vad = capacity.Number(
            "vad_savings",
            required: false,
            "the share of audio skipped as silence, in [0, 1)",
            v => v >= 0 && v < 1 ? null : "vad_savings must be in [0, 1): at least 0 and below 1 (0.35 = 35 % of audio is skipped as silence)");
        var max = capacity.Number("max_replicas", required: false, "the most replicas the canary may need", v => v >= 0 ? null : "max_replicas must be >= 0");
        var delta = capacity.Number("allowed_replica_delta", required: false, "how many more replicas than the baseline the canary may need", v => v >= 0 ? null : "allowed_replica_delta must be >= 0");

        var invalid = streams is null || costMetric is null
            || (capacity.Member("target_utilization") is not null && utilization is null)
            || (capacity.Member("vad_savings") is not null && vad is null);
        return invalid
            ? null
            : new CapacityConfig(streams!.Value, costMetric!, utilization ?? DefaultUtilization, vad ?? 0m, max, delta, member.NameSpan);
    }

    private static string? ReadCostMetric(ObjectReader capacity)
    {
        const string Hint = "name the metric read from baseline and canary that holds GPU seconds per audio second, e.g. \"rtf\"";
        if (capacity.Member("gpu_seconds_per_audio_second") is { Value.Kind: JsonNodeKind.Number } fixedCost)
        {
            capacity.Error(fixedCost.Value.Span, $"'gpu_seconds_per_audio_second' in capacity must be a metric name, not a number; {Hint}");
            return null;
        }

        return capacity.String("gpu_seconds_per_audio_second", required: true, Hint);
    }
}
