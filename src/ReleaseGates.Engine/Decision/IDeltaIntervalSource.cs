namespace ReleaseGates.Engine.Decision;

/// <summary>
/// Supplies a delta interval for a metric, overall (slice null) or on a slice, when the inputs allow one
/// (statistics configured and per-utterance results on both sides). Null: judge the point estimate alone.
/// </summary>
public interface IDeltaIntervalSource
{
    DeltaInterval? IntervalFor(string metric, string? slice);
}
