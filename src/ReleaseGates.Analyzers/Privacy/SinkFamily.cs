namespace ReleaseGates.Analyzers.Privacy;

/// <summary>Where a sink sends what it is given; messages name it ("reaches the log via ...").</summary>
internal enum SinkFamily
{
    Log,
    Trace,
    Console,
    Telemetry,
    EventSource,
    Configured,
}
