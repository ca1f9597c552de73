using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Engine.Tests.Decision;

/// <summary>A budget whose metric neither side reports: a typo with a close name is a configuration error, anything
/// else stays a missing metric.</summary>
public sealed class MetricNameCheckTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_misspelled_metric_is_an_RG4003_at_the_budgets_key_with_did_you_mean()
    {
        _workspace.Gates("""{ "first_partial_p95": { "direction": "lower_is_better", "allowed_relative_delta": 0.1 } }""")
            .Baseline("""{ "first_partial_ms_p95": 240 }""")
            .Canary("""{ "first_partial_ms_p95": 900 }""");

        var report = _workspace.Run();

        Assert.False(report.IsValid);
        var error = Assert.Single(report.Errors);
        Assert.Equal(GateRules.InvalidInput, error.Id);
        Assert.Equal(_workspace.GatesFile, error.FilePath);
        Assert.Equal((4, 16), (error.Line, error.Column));
        Assert.Equal((4, 16 + "\"first_partial_p95\"".Length), (error.Span.End.Line, error.Span.End.Column));
        Assert.Contains("did you mean 'first_partial_ms_p95'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_metric_reported_only_in_slices_is_found_too()
    {
        _workspace.Gates("""{ "entity_eror_rate": { "direction": "lower_is_better", "allowed_delta": 0 } }""")
            .Baseline("""{ "samples": 10, "metrics": {}, "slices": { "tenant:acme": { "metrics": { "entity_error_rate": 0.1 } } } }""")
            .Canary("""{ "samples": 10, "metrics": {}, "slices": { "tenant:acme": { "metrics": { "entity_error_rate": 0.1 } } } }""");

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Contains("did you mean 'entity_error_rate'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_with_no_close_name_stays_missing_and_takes_its_on_missing_action()
    {
        _workspace.Gates("""{ "correction_rate": { "direction": "lower_is_better", "allowed_delta": 0.01, "on_missing": "rollback" } }""")
            .Baseline("""{ "wer": 0.08 }""")
            .Canary("""{ "wer": 0.08 }""");

        var report = _workspace.Run();

        var result = Assert.Single(report.Results);
        Assert.Equal(ResultStatus.Missing, result.Status);
        Assert.Equal(GateAction.Rollback, result.Action);
    }

    [Fact]
    public void A_metric_one_side_reports_is_missing_on_the_other_not_a_typo()
    {
        _workspace.Gates("""{ "first_partial_ms_p95": { "direction": "lower_is_better", "max": 300 } }""")
            .Baseline("""{ "first_partial_ms_p95": 240 }""")
            .Canary("""{ "first_partial_ms_p99": 400 }""");

        var result = Assert.Single(_workspace.Run().Results);

        Assert.Equal(ResultStatus.Missing, result.Status);
        Assert.Equal("canary does not report it (on_missing: pause)", result.Reason);
    }

    [Fact]
    public void A_misspelled_capacity_cost_metric_is_caught_as_well()
    {
        _workspace.Gates(
                """{ "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } }""",
                """ "capacity": { "concurrent_streams": 100, "gpu_seconds_per_audio_second": "rft", "max_replicas": 10 } """)
            .Baseline("""{ "wer": 0.08, "rtf": 0.05 }""")
            .Canary("""{ "wer": 0.08, "rtf": 0.05 }""");

        var error = Assert.Single(_workspace.Run().Errors);

        Assert.Contains("did you mean 'rtf'?", error.Message, StringComparison.Ordinal);
    }
}
