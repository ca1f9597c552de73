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

    /// <summary>The message of an exception being made (RG1002): exceptions end up in logs and crash reports.</summary>
    ExceptionMessage,
}
