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
        // LoggerMessage.Define delegates are recognised by PrivacyRules).
        new KnownSink(MicrosoftLogger, SinkFamily.Log, "ILogger"),
        new KnownSink("Microsoft.Extensions.Logging.LoggerExtensions", SinkFamily.Log, "ILogger"),

        new KnownSink("Serilog.ILogger", SinkFamily.Log, "Serilog ILogger"),
        new KnownSink("Serilog.Log", SinkFamily.Log, "Serilog Log"),
        new KnownSink("Serilog.Context.LogContext", SinkFamily.Log, "Serilog LogContext"),

        new KnownSink("NLog.ILoggerBase", SinkFamily.Log, "NLog Logger"),
        new KnownSink("NLog.ILogger", SinkFamily.Log, "NLog Logger"),
        new KnownSink("NLog.Logger", SinkFamily.Log, "NLog Logger"),
        new KnownSink("NLog.ILoggerExtensions", SinkFamily.Log, "NLog Logger"),
        new KnownSink("NLog.ScopeContext", SinkFamily.Log, "NLog ScopeContext"),
        new KnownSink("NLog.MappedDiagnosticsContext", SinkFamily.Log, "NLog MappedDiagnosticsContext"),
        new KnownSink("NLog.MappedDiagnosticsLogicalContext", SinkFamily.Log, "NLog MappedDiagnosticsLogicalContext"),
        new KnownSink("NLog.GlobalDiagnosticsContext", SinkFamily.Log, "NLog GlobalDiagnosticsContext"),

        new KnownSink("log4net.ILog", SinkFamily.Log, "log4net ILog"),
        new KnownSink("log4net.Core.ILogger", SinkFamily.Log, "log4net ILogger"),
        new KnownSink("log4net.Util.ILogExtensions", SinkFamily.Log, "log4net ILog"),

        new KnownSink("System.Diagnostics.Trace", SinkFamily.Trace, "Trace"),
        new KnownSink("System.Diagnostics.Debug", SinkFamily.Trace, "Debug"),
        new KnownSink("System.Diagnostics.TraceSource", SinkFamily.Trace, "TraceSource"),
        new KnownSink("System.Diagnostics.TraceListener", SinkFamily.Trace, "TraceListener"),
        new KnownSink("System.Diagnostics.Debugger", SinkFamily.Trace, "Debugger", "Log"),

        new KnownSink(ConsoleType, SinkFamily.Console, "Console", "Write", "WriteLine"),

        new KnownSink("System.Diagnostics.Activity", SinkFamily.Telemetry, "Activity",
            "SetTag", "AddTag", "SetBaggage", "AddBaggage", "AddEvent", "SetStatus", "SetCustomProperty", "DisplayName"),
        new KnownSink("System.Diagnostics.ActivityEvent", SinkFamily.Telemetry, "ActivityEvent", ".ctor"),
        new KnownSink("System.Diagnostics.ActivityTagsCollection", SinkFamily.Telemetry, "ActivityTagsCollection", ".ctor", "Add", "this[]"),
        new KnownSink("System.Diagnostics.TagList", SinkFamily.Telemetry, "TagList", ".ctor", "Add", "this[]"),

        new KnownSink("OpenTelemetry.Trace.TelemetrySpan", SinkFamily.Telemetry, "TelemetrySpan"),
        new KnownSink("OpenTelemetry.Trace.SpanAttributes", SinkFamily.Telemetry, "SpanAttributes"),
        new KnownSink("OpenTelemetry.Trace.ActivityExtensions", SinkFamily.Telemetry, "Activity"),
        new KnownSink("OpenTelemetry.Trace.Status", SinkFamily.Telemetry, "Status", ".ctor", "WithDescription"),
        new KnownSink("OpenTelemetry.Baggage", SinkFamily.Telemetry, "Baggage"),

        new KnownSink(EventSourceType, SinkFamily.EventSource, "EventSource", "WriteEvent", "WriteEventCore", "WriteEventWithRelatedActivityId", "Write"),

        new KnownSink("Microsoft.ApplicationInsights.TelemetryClient", SinkFamily.Telemetry, "TelemetryClient"),
        new KnownSink("Microsoft.ApplicationInsights.DataContracts.TraceTelemetry", SinkFamily.Telemetry, "TraceTelemetry", ".ctor", "Message"),
        new KnownSink("Microsoft.ApplicationInsights.DataContracts.EventTelemetry", SinkFamily.Telemetry, "EventTelemetry", ".ctor", "Name"),
        new KnownSink("Microsoft.ApplicationInsights.DataContracts.ExceptionTelemetry", SinkFamily.Telemetry, "ExceptionTelemetry", "Message"),
        new KnownSink("Microsoft.ApplicationInsights.DataContracts.DependencyTelemetry", SinkFamily.Telemetry, "DependencyTelemetry", ".ctor", "Data", "Name"),
        new KnownSink("Microsoft.ApplicationInsights.DataContracts.RequestTelemetry", SinkFamily.Telemetry, "RequestTelemetry", ".ctor", "Name"));

    /// <summary>Application Insights telemetry items (ISupportProperties): writes to their Properties dictionary are telemetry.</summary>
    public const string ApplicationInsightsNamespace = "Microsoft.ApplicationInsights";
}

/// <summary>One row of <see cref="KnownSinks"/>.</summary>
internal sealed class KnownSink
{
    public KnownSink(string type, SinkFamily family, string display, params string[] members)
    {
        Type = type;
        Family = family;
        Display = display;
        Members = members.Length == 0 ? null : ImmutableHashSet.Create(System.StringComparer.Ordinal, members);
    }

    public string Type { get; }

    public SinkFamily Family { get; }

    /// <summary>How messages name the API: "ILogger" for LoggerExtensions, so the message reads "ILogger.LogInformation".</summary>
    public string Display { get; }

    /// <summary>Method or property names ("this[]" for the indexer, ".ctor" for constructors); null for all members.</summary>
    public ImmutableHashSet<string>? Members { get; }

    public bool Includes(string memberName) => Members is null || Members.Contains(memberName);
}
