using Verify = ReleaseGates.Analyzers.Tests.Privacy.PrivacyVerifier<ReleaseGates.Analyzers.Privacy.TranscriptReachesLogAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>Contract, privacy sinks: every logging and telemetry family, release_gates.log_sinks and console_is_sink.</summary>
public sealed class LogSinksTests
{
    [Fact]
    public Task Microsoft_extensions_logging_extension_methods_Log_and_BeginScope_are_sinks() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger<C> logger, SpeechRecognitionResult result, Exception error)
            {
                logger.LogDebug("{T}", {|RG1001:result.Text|});
                logger.LogError(error, "Failed on {T}", {|RG1001:result.Text|});
                logger.Log(LogLevel.Warning, "{T}", {|RG1001:result.Text|});
                using (logger.BeginScope("Utterance {T}", {|RG1001:result.Text|})) { }
                logger.Log(LogLevel.Information, default, {|RG1001:result.Text|}, null, (s, e) => s);
                using (logger.BeginScope({|RG1001:result.Text|})) { }
            }
        }
        """);

    [Fact]
    public Task LoggerMessage_methods_and_Define_delegates_are_sinks() => Verify.VerifyAsync("""
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Recognized {Text}")]
            public static partial void Recognized(ILogger logger, string text);

            [LoggerMessage(2, LogLevel.Information, "Recognized {Text}")]
            public static partial void RecognizedRedacted(ILogger logger, [Microsoft.Extensions.Compliance.Classification.PrivateData] string text);

            public static partial void Recognized(ILogger logger, string text) { }
            public static partial void RecognizedRedacted(ILogger logger, string text) { }
        }
        class C
        {
            static readonly Action<ILogger, string, Exception?> Recognized = LoggerMessage.Define<string>(LogLevel.Information, default, "Recognized {Text}");
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                Log.Recognized(logger, {|RG1001:result.Text|});
                Log.RecognizedRedacted(logger, result.Text);
                Recognized(logger, {|RG1001:result.Text|}, null);
            }
        }
        """);

    [Fact]
    public Task Serilog_NLog_and_log4net_are_sinks() => Verify.VerifyAsync("""
        class C
        {
            void M(Serilog.ILogger serilog, NLog.Logger nlog, log4net.ILog log4net, SpeechRecognitionResult result)
            {
                serilog.Information("Recognized {@Result}", {|RG1001:result|});
                Serilog.Log.Information("Recognized {Text}", {|RG1001:result.Text|});
                serilog.ForContext("Transcript", {|RG1001:result.Text|}).Information("done");
                nlog.Info({|RG1001:result.Text|});
                log4net.Info({|RG1001:result.Text|});
                log4net.DebugFormat("{0}", {|RG1001:result.Text|});
            }
        }
        """);

    [Fact]
    public Task Trace_Debug_and_TraceSource_are_sinks() => Verify.VerifyAsync("""
        class C
        {
            void M(TraceSource source, SpeechRecognitionResult result)
            {
                Trace.WriteLine({|RG1001:result.Text|});
                Trace.TraceInformation("{0}", {|RG1001:result.Text|});
                Debug.WriteLine({|RG1001:result.Text|});
                source.TraceEvent(TraceEventType.Information, 1, {|RG1001:result.Text|});
            }
        }
        """);

    [Fact]
    public Task Console_is_a_sink() => Verify.VerifyAsync("""
        class C
        {
            void M(SpeechRecognitionResult result)
            {
                Console.WriteLine($"You said: {{|RG1001:result.Text|}}");
                Console.Out.WriteLine({|RG1001:result.Text|});
                Console.Error.Write({|RG1001:result.Text|});
                Console.WriteLine(result.Text.Length);
            }
        }
        """);

    [Fact]
    public Task Console_is_not_a_sink_when_console_is_sink_is_false() => Verify.VerifyAsync(
        """
        class C
        {
            void M(SpeechRecognitionResult result)
            {
                Console.WriteLine($"You said: {result.Text}");
                Console.Out.WriteLine(result.Text);
            }
        }
        """,
        "release_gates.console_is_sink = false");

    [Fact]
    public Task Activity_tags_events_baggage_and_display_name_are_sinks() => Verify.VerifyAsync("""
        class C
        {
            void M(Activity activity, SpeechRecognitionResult result)
            {
                activity.SetTag("speech.text", {|RG1001:result.Text|});
                activity.AddTag("speech.text", {|RG1001:result.Text|});
                activity.AddBaggage("speech.text", {|RG1001:result.Text|});
                activity.AddEvent(new ActivityEvent({|RG1001:result.Text|}));
                activity.DisplayName = {|RG1001:result.Text|};
                var tags = new ActivityTagsCollection();
                tags["speech.text"] = {|RG1001:result.Text|};
                Activity.Current?.SetTag("speech.length", result.Text.Length);
                Activity.Current?.SetTag("speech.text", {|RG1001:result.Text|});
            }
        }
        """);

    [Fact]
    public Task OpenTelemetry_span_attributes_are_sinks() => Verify.VerifyAsync("""
        class C
        {
            void M(OpenTelemetry.Trace.TelemetrySpan span, SpeechRecognitionResult result)
            {
                span.SetAttribute("speech.text", {|RG1001:result.Text|});
                span.SetAttribute("speech.id", result.ResultId);
            }
        }
        """);

    [Fact]
    public Task EventSource_events_are_sinks() => Verify.VerifyAsync("""
        using System.Diagnostics.Tracing;
        sealed class SpeechEvents : EventSource
        {
            public void Recognized(string text) => WriteEvent(1, text);
            [NonEvent] public void Helper(string text) { }
        }
        class C
        {
            void M(SpeechEvents events, SpeechRecognitionResult result)
            {
                events.Recognized({|RG1001:result.Text|});
                events.Helper(result.Text);
            }
        }
        """);

    [Fact]
    public Task Application_insights_telemetry_is_a_sink() => Verify.VerifyAsync("""
        using Microsoft.ApplicationInsights;
        using Microsoft.ApplicationInsights.DataContracts;
        class C
        {
            void M(TelemetryClient telemetry, SpeechRecognitionResult result)
            {
                telemetry.TrackTrace({|RG1001:result.Text|});
                var properties = new Dictionary<string, string> { ["length"] = result.Text.Length.ToString() };
                telemetry.TrackEvent("Recognized", properties);
                properties["text"] = result.Text;
                telemetry.TrackEvent("Recognized", {|RG1001:properties|});
                var item = new EventTelemetry("Recognized");
                item.Properties["text"] = {|RG1001:result.Text|};
            }
        }
        """);

    [Fact]
    public Task Methods_listed_in_log_sinks_are_sinks() => Verify.VerifyAsync(
        """
        namespace Contoso { static class Audit { public static void Write(string line) { } public static void Flush(string reason) { } } }
        class C
        {
            void M(SpeechRecognitionResult result)
            {
                Contoso.Audit.Write({|RG1001:result.Text|});
                Contoso.Audit.Flush(result.Text);
            }
        }
        """,
        "release_gates.log_sinks = M:Contoso.Audit.Write(System.String)");

    [Fact]
    public Task A_custom_ILogger_implementation_is_a_sink() => Verify.VerifyAsync("""
        sealed class FileLogger : ILogger
        {
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) { }
            public bool IsEnabled(LogLevel logLevel) => true;
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        }
        class C
        {
            void M(FileLogger logger, SpeechRecognitionResult result) =>
                logger.Log(LogLevel.Information, default, {|RG1001:result.Text|}, null, (s, e) => s);
        }
        """);

    [Fact]
    public Task Ordinary_methods_are_not_sinks() => Verify.VerifyAsync("""
        class C
        {
            void M(SpeechRecognitionResult result, List<string> history, Dictionary<string, string> cache)
            {
                history.Add(result.Text);
                cache["last"] = result.Text;
                Save(result.Text);
            }
            static void Save(string text) { }
        }
        """);
}
