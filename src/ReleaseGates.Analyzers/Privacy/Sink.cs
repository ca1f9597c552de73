namespace ReleaseGates.Analyzers.Privacy;

/// <summary>A member whose arguments end up in a log or in telemetry, and how a message names it.</summary>
internal sealed class Sink
{
    public Sink(SinkFamily family, string api)
    {
        Family = family;
        Api = api;
    }

    public SinkFamily Family { get; }

    /// <summary>"ILogger.LogInformation", "Activity.SetTag", "Console.WriteLine".</summary>
    public string Api { get; }

    /// <summary>"the log via ILogger.LogInformation", "telemetry via Activity.SetTag".</summary>
    public string Describe() => Family switch
    {
        SinkFamily.Log => "the log via " + Api,
        SinkFamily.Trace => "the trace log via " + Api,
        SinkFamily.Console => "the console (stdout is the log in containers) via " + Api,
        SinkFamily.Telemetry => "telemetry via " + Api,
        SinkFamily.EventSource => "an EventSource event via " + Api,
        _ => Api + " (release_gates.log_sinks)",
    };
}
