using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Statistics;

/// <summary>The paired bootstrap's intervals as the decision reads them: decimals, like every number it judges.</summary>
internal sealed class BootstrapDeltaIntervals : IDeltaIntervalSource
{
    private readonly BootstrapResult _result;

    public BootstrapDeltaIntervals(BootstrapResult result)
    {
        _result = result;
    }

    public DeltaInterval? IntervalFor(string metric, string? slice) =>
        _result.Find(metric, slice) is { } interval
        && MetricNumber.ToDecimal(interval.Low) is { } low
        && MetricNumber.ToDecimal(interval.High) is { } high
            ? new DeltaInterval(low, high)
            : null;
}
