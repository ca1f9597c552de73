using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>A member whose arguments end up in a log, in telemetry or in an exception message, and how a message names it.</summary>
/// <param name="Api">"ILogger.LogInformation", "Activity.SetTag", "Console.WriteLine"; for an exception message, the exception type.</param>
/// <param name="Through">The project's own method the value is handed to, which passes it on to the sink; null when the sink is called directly.</param>
internal sealed record Sink(SinkFamily Family, string Api, string? Through = null)
{
    /// <summary>The same sink reached through a call to <paramref name="method"/>: messages name the method at the call.</summary>
    public Sink Via(IMethodSymbol method) => this with { Through = method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : SymbolNames.Short(method) };

    /// <summary>"the log via ILogger.LogInformation", "telemetry via Activity.SetTag", "the log via AuditLog.Write (ILogger.LogInformation)".</summary>
    public string Describe()
    {
        var api = Through is null ? Api : Through + " (" + Api + ")";
        return Family switch
        {
            SinkFamily.Log => "the log via " + api,
            SinkFamily.Trace => "the trace log via " + api,
            SinkFamily.Console => "the console via " + api,
            SinkFamily.Telemetry => "telemetry via " + api,
            SinkFamily.EventSource => "an EventSource event via " + api,
            SinkFamily.ExceptionMessage => Through is null ? "a new " + Api + "'s message" : "an exception message via " + Through + " (" + Api + ")",
            _ => api + " (release_gates.log_sinks)",
        };
    }
}
