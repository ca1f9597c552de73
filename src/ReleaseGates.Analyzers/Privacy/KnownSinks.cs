using System.Collections.Immutable;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The logging and telemetry APIs whose arguments end up in logs, traces or telemetry, matched by the
/// namespace-qualified name of the declaring type, or of an interface or base type it implements (so a
/// custom ILogger and a derived TraceSource count). Members: null means every member of the type.
/// </summary>
internal static class KnownSinks
{
    public const string ConsoleType = "System.Console";

    public const string MicrosoftLogger = "Microsoft.Extensions.Logging.ILogger";

    public const string LoggerMessageAttribute = "Microsoft.Extensions.Logging.LoggerMessageAttribute";

    public const string EventSourceType = "System.Diagnostics.Tracing.EventSource";

    public const string NonEventAttribute = "System.Diagnostics.Tracing.NonEventAttribute";

    /// <summary>A parameter of a [LoggerMessage] method with one of these attributes is redacted by the logging generator.</summary>
    public const string DataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";

    public static ImmutableArray<KnownSink> Types { get; } = ImmutableArray.Create(
        // Microsoft.Extensions.Logging: ILogger.Log/BeginScope, LogInformation & co. ([LoggerMessage] methods and
        // LoggerMessage.Define delegates are recognised by SinkMembers).
        Row(MicrosoftLogger, SinkFamily.Log, "ILogger"),
        Row("Microsoft.Extensions.Logging.LoggerExtensions", SinkFamily.Log, "ILogger"),

        Row("Serilog.ILogger", SinkFamily.Log, "Serilog ILogger"),
        Row("Serilog.Log", SinkFamily.Log, "Serilog Log"),
        Row("Serilog.Context.LogContext", SinkFamily.Log, "Serilog LogContext"),

        Row("NLog.ILoggerBase", SinkFamily.Log, "NLog Logger"),
        Row("NLog.ILogger", SinkFamily.Log, "NLog Logger"),
        Row("NLog.Logger", SinkFamily.Log, "NLog Logger"),
        Row("NLog.ILoggerExtensions", SinkFamily.Log, "NLog Logger"),
        Row("NLog.ScopeContext", SinkFamily.Log, "NLog ScopeContext"),
        Row("NLog.MappedDiagnosticsContext", SinkFamily.Log, "NLog MappedDiagnosticsContext"),
        Row("NLog.MappedDiagnosticsLogicalContext", SinkFamily.Log, "NLog MappedDiagnosticsLogicalContext"),
        Row("NLog.GlobalDiagnosticsContext", SinkFamily.Log, "NLog GlobalDiagnosticsContext"),

        Row("log4net.ILog", SinkFamily.Log, "log4net ILog"),
        Row("log4net.Core.ILogger", SinkFamily.Log, "log4net ILogger"),
        Row("log4net.Util.ILogExtensions", SinkFamily.Log, "log4net ILog"),

        Row("System.Diagnostics.Trace", SinkFamily.Trace, "Trace"),
        Row("System.Diagnostics.Debug", SinkFamily.Trace, "Debug"),
        Row("System.Diagnostics.TraceSource", SinkFamily.Trace, "TraceSource"),
        Row("System.Diagnostics.TraceListener", SinkFamily.Trace, "TraceListener"),
        Row("System.Diagnostics.Debugger", SinkFamily.Trace, "Debugger", "Log"),

        Row(ConsoleType, SinkFamily.Console, "Console", "Write", "WriteLine"),

        Row("System.Diagnostics.Activity", SinkFamily.Telemetry, "Activity",
            "SetTag", "AddTag", "SetBaggage", "AddBaggage", "AddEvent", "SetStatus", "SetCustomProperty", "DisplayName"),
        Row("System.Diagnostics.ActivityEvent", SinkFamily.Telemetry, "ActivityEvent", ".ctor"),
        Row("System.Diagnostics.ActivityTagsCollection", SinkFamily.Telemetry, "ActivityTagsCollection", ".ctor", "Add", "this[]"),
        Row("System.Diagnostics.TagList", SinkFamily.Telemetry, "TagList", ".ctor", "Add", "this[]"),

        Row("OpenTelemetry.Trace.TelemetrySpan", SinkFamily.Telemetry, "TelemetrySpan"),
        Row("OpenTelemetry.Trace.SpanAttributes", SinkFamily.Telemetry, "SpanAttributes"),
        Row("OpenTelemetry.Trace.ActivityExtensions", SinkFamily.Telemetry, "Activity"),
        Row("OpenTelemetry.Trace.Status", SinkFamily.Telemetry, "Status", ".ctor", "WithDescription"),
        Row("OpenTelemetry.Baggage", SinkFamily.Telemetry, "Baggage"),

        Row(EventSourceType, SinkFamily.EventSource, "EventSource", "WriteEvent", "WriteEventCore", "WriteEventWithRelatedActivityId", "Write"),

        Row("Microsoft.ApplicationInsights.TelemetryClient", SinkFamily.Telemetry, "TelemetryClient"),
        Row("Microsoft.ApplicationInsights.DataContracts.TraceTelemetry", SinkFamily.Telemetry, "TraceTelemetry", ".ctor", "Message"),
        Row("Microsoft.ApplicationInsights.DataContracts.EventTelemetry", SinkFamily.Telemetry, "EventTelemetry", ".ctor", "Name"),
        Row("Microsoft.ApplicationInsights.DataContracts.ExceptionTelemetry", SinkFamily.Telemetry, "ExceptionTelemetry", "Message"),
        Row("Microsoft.ApplicationInsights.DataContracts.DependencyTelemetry", SinkFamily.Telemetry, "DependencyTelemetry", ".ctor", "Data", "Name"),
        Row("Microsoft.ApplicationInsights.DataContracts.RequestTelemetry", SinkFamily.Telemetry, "RequestTelemetry", ".ctor", "Name"),

        // Unity: the player log of every Unity voice app.
        Row("UnityEngine.Debug", SinkFamily.Log, "Debug",
            "Log", "LogWarning", "LogError", "LogFormat", "LogWarningFormat", "LogErrorFormat", "LogAssertion", "LogAssertionFormat"),
        Row("UnityEngine.ILogger", SinkFamily.Log, "Unity ILogger", "Log", "LogWarning", "LogError", "LogFormat"),
        Row("UnityEngine.MonoBehaviour", SinkFamily.Log, "MonoBehaviour", "print"));

    private static KnownSink Row(string type, SinkFamily family, string display, params string[] members) =>
        new(type, family, display, members.Length == 0 ? null : ImmutableHashSet.Create(System.StringComparer.Ordinal, members));

    /// <summary>Application Insights telemetry items (ISupportProperties): writes to their Properties dictionary are telemetry.</summary>
    public const string ApplicationInsightsNamespace = "Microsoft.ApplicationInsights";
}

/// <summary>One row of <see cref="KnownSinks"/>.</summary>
/// <param name="Display">How messages name the API: "ILogger" for LoggerExtensions, so the message reads "ILogger.LogInformation".</param>
/// <param name="Members">Method or property names ("this[]" for the indexer, ".ctor" for constructors); null for all members.</param>
internal sealed record KnownSink(string Type, SinkFamily Family, string Display, ImmutableHashSet<string>? Members)
{
    public bool Includes(string memberName) => Members is null || Members.Contains(memberName);
}
