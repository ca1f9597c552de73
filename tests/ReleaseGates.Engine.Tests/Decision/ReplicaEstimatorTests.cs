using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Tests.Decision;

public sealed class ReplicaEstimatorTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static CapacityConfig Capacity(decimal streams, decimal utilization = 0.7m, decimal vad = 0m) =>
        new(streams, "rtf", utilization, vad, MaxReplicas: null, AllowedReplicaDelta: null, TextPosition.None);

    [Fact]
    public void Seven_streams_at_a_tenth_with_utilization_0_7_is_exactly_one_replica()
    {
        Assert.Equal(1m, ReplicaEstimator.Estimate(Capacity(7), 0.1m));
    }

    [Fact]
    public void Zero_streams_need_zero_replicas()
    {
        Assert.Equal(0m, ReplicaEstimator.Estimate(Capacity(0), 0.5m));
    }

    [Fact]
    public void No_vad_savings_leaves_all_audio_to_process()
    {
        Assert.Equal(143m, ReplicaEstimator.Estimate(Capacity(1000, utilization: 0.7m, vad: 0m), 0.1m));
    }

    [Fact]
    public void Vad_savings_reduce_the_audio_processed()
    {
        // 12000 * 0.65 * 0.0322 / 0.7 = 358.8
        Assert.Equal(359m, ReplicaEstimator.Estimate(Capacity(12000, vad: 0.35m), 0.0322m));
    }

    [Fact]
    public void Any_remainder_needs_one_more_replica()
    {
        Assert.Equal(2m, ReplicaEstimator.Estimate(Capacity(7.0001m), 0.1m));
    }

    [Fact]
    public void Very_large_peaks_are_computed_exactly()
    {
        Assert.Equal(14_285_714_285_715m, ReplicaEstimator.Estimate(Capacity(100_000_000_000_000m), 0.1m));
    }

    [Fact]
    public void Peaks_too_large_for_exact_arithmetic_are_missing_not_a_crash()
    {
        _workspace.Gates(
                """{ "wer": { "direction": "lower_is_better", "max": 1 } }""",
                """ "capacity": { "concurrent_streams": 79228162514264337593543950335, "gpu_seconds_per_audio_second": "rtf", "max_replicas": 10 } """)
            .Baseline("""{ "wer": 0.1, "rtf": 5 }""")
            .Canary("""{ "wer": 0.1, "rtf": 5 }""");

        var replicas = _workspace.Run().Results.Single(r => r.Budget == "replicas");

        Assert.Equal(ResultStatus.Missing, replicas.Status);
        Assert.Contains("more replicas than can be computed exactly", replicas.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("400", "20", "0.0322", ResultStatus.Pass)]
    [InlineData("358", null, "0.0322", ResultStatus.Regressed)]
    [InlineData(null, "5", "0.0322", ResultStatus.Regressed)]
    [InlineData(null, "13", "0.0322", ResultStatus.Pass)]
    public void Replicas_are_judged_as_a_lower_is_better_budget(string? max, string? allowedDelta, string canaryRtf, ResultStatus status)
    {
        var limits = string.Join(", ", new[] { max is null ? null : $"\"max_replicas\": {max}", allowedDelta is null ? null : $"\"allowed_replica_delta\": {allowedDelta}" }.Where(x => x is not null));
        _workspace.Gates(
                """{ "wer": { "direction": "lower_is_better", "max": 1 } }""",
                $$""" "capacity": { "concurrent_streams": 12000, "gpu_seconds_per_audio_second": "rtf", "target_utilization": 0.7, "vad_savings": 0.35, {{limits}} } """)
            .Baseline("""{ "wer": 0.1, "rtf": 0.031 }""")
            .Canary($$"""{ "wer": 0.1, "rtf": {{canaryRtf}} }""");

        var replicas = _workspace.Run().Results.Single(r => r.Budget == "replicas");

        Assert.Equal(status, replicas.Status);
        Assert.Equal(346m, replicas.Baseline);
        Assert.Equal(359m, replicas.Canary);
        Assert.Null(replicas.Slice);
    }

    [Fact]
    public void A_missing_cost_metric_pauses()
    {
        _workspace.Gates(
                """{ "wer": { "direction": "lower_is_better", "max": 1 } }""",
                """ "capacity": { "concurrent_streams": 100, "gpu_seconds_per_audio_second": "rtf", "max_replicas": 10 } """)
            .Baseline("""{ "wer": 0.1, "rtf": 0.1 }""")
            .Canary("""{ "wer": 0.1, "rtf": NaN }""");

        var replicas = _workspace.Run().Results.Single(r => r.Budget == "replicas");

        Assert.Equal(ResultStatus.Missing, replicas.Status);
        Assert.Equal(GateAction.Pause, replicas.Action);
        Assert.Contains("'rtf' is NaN", replicas.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_replica_limits_the_estimate_is_reported_and_passes()
    {
        _workspace.Gates(
                """{ "wer": { "direction": "lower_is_better", "max": 1 } }""",
                """ "capacity": { "concurrent_streams": 7, "gpu_seconds_per_audio_second": "rtf" } """)
            .Baseline("""{ "wer": 0.1, "rtf": 0.1 }""")
            .Canary("""{ "wer": 0.1, "rtf": 0.2 }""");

        var replicas = _workspace.Run().Results.Single(r => r.Budget == "replicas");

        Assert.Equal(ResultStatus.Pass, replicas.Status);
        Assert.Contains("estimate only: canary needs 2 replicas, baseline 1", replicas.Reason, StringComparison.Ordinal);
    }
}
