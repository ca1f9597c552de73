namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>
/// Declarations of the speech, logging and telemetry SDK types the privacy rules know by full name, just enough
/// to compile the test sources; the real packages are not needed (several are not on the feed).
/// </summary>
internal static class SdkStubs
{
    public const string Logging = """
        namespace Microsoft.Extensions.Logging
        {
            using System;
            public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }
            public readonly struct EventId { public EventId(int id, string? name = null) { } }
            public interface ILogger
            {
                void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter);
                bool IsEnabled(LogLevel logLevel);
                IDisposable? BeginScope<TState>(TState state) where TState : notnull;
            }
            public interface ILogger<out TCategoryName> : ILogger { }
            public static class LoggerExtensions
            {
                public static void LogTrace(this ILogger logger, string? message, params object?[] args) { }
                public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                public static void LogInformation(this ILogger logger, EventId eventId, string? message, params object?[] args) { }
                public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
                public static void Log(this ILogger logger, LogLevel logLevel, string? message, params object?[] args) { }
                public static IDisposable? BeginScope(this ILogger logger, string messageFormat, params object?[] args) => null;
            }
            [AttributeUsage(AttributeTargets.Method)]
            public sealed class LoggerMessageAttribute : Attribute
            {
                public LoggerMessageAttribute(int eventId, LogLevel level, string message) { }
            }
            public static class LoggerMessage
            {
                public static Action<ILogger, T1, Exception?> Define<T1>(LogLevel logLevel, EventId eventId, string formatString) => (l, a, e) => { };
            }
        }
        """;

    public const string AzureSpeech = """
        namespace Microsoft.CognitiveServices.Speech
        {
            using System;
            using System.Collections.Generic;
            public enum ResultReason { NoMatch, RecognizedSpeech, Canceled }
            public enum PropertyId { SpeechServiceResponse_JsonResult, SpeechServiceResponse_RecognitionLatencyMs }
            public class PropertyCollection
            {
                public string GetProperty(PropertyId id) => "";
                public string GetProperty(PropertyId id, string defaultValue) => "";
            }
            public class RecognitionResult
            {
                public string ResultId => "";
                public ResultReason Reason => default;
                public string Text => "";
                public TimeSpan Duration => default;
                public long OffsetInTicks => 0;
                public PropertyCollection Properties => new();
            }
            public class SpeechRecognitionResult : RecognitionResult { }
            public class RecognitionEventArgs : EventArgs { public ulong Offset => 0; }
            public class SpeechRecognitionEventArgs : RecognitionEventArgs { public SpeechRecognitionResult Result => new(); public string SessionId => ""; }
            public class DetailedSpeechRecognitionResult
            {
                public double Confidence => 0;
                public string Text => "";
                public string LexicalForm => "";
                public string NormalizedForm => "";
                public string MaskedNormalizedForm => "";
            }
            public class SpeechSynthesisResult { public byte[] AudioData => Array.Empty<byte>(); public TimeSpan AudioDuration => default; public string ResultId => ""; }
            public class AudioDataStream { public uint ReadData(byte[] buffer) => 0; }
        }
        namespace Microsoft.CognitiveServices.Speech.Translation
        {
            using System.Collections.Generic;
            public class TranslationRecognitionResult : Microsoft.CognitiveServices.Speech.RecognitionResult
            {
                public IReadOnlyDictionary<string, string> Translations => new Dictionary<string, string>();
            }
        }
        namespace Microsoft.CognitiveServices.Speech.Transcription
        {
            public class ConversationTranscriptionResult : Microsoft.CognitiveServices.Speech.RecognitionResult { public string SpeakerId => ""; }
        }
        """;

    public const string OtherSpeechSdks = """
        namespace Whisper.net
        {
            public class SegmentData { public string Text { get; set; } = ""; public System.TimeSpan Start { get; set; } public float Probability { get; set; } public string Language { get; set; } = ""; }
        }
        namespace OpenAI.Audio
        {
            using System.Collections.Generic;
            public class TranscribedSegment { public string Text => ""; public int Id => 0; }
            public class AudioTranscription { public string Text => ""; public string Language => ""; public System.TimeSpan? Duration => null; public IReadOnlyList<TranscribedSegment> Segments => new List<TranscribedSegment>(); }
            public class AudioTranslation { public string Text => ""; }
        }
        namespace OpenAI.Realtime
        {
            public class InputAudioTranscriptionFinishedUpdate { public string Transcript => ""; public string ItemId => ""; }
        }
        namespace Microsoft.Extensions.AI
        {
            public class SpeechToTextResponse { public string Text => ""; public string? ModelId => null; }
        }
        namespace Google.Cloud.Speech.V1
        {
            public class SpeechRecognitionAlternative { public string Transcript => ""; public float Confidence => 0; }
        }
        namespace Amazon.TranscribeStreaming.Model
        {
            public class Alternative { public string Transcript => ""; }
            public class MedicalAlternative { public string Transcript => ""; }
        }
        namespace Deepgram.Models.Listen.v1.REST
        {
            using System.Collections.Generic;
            public class Alternative { public string? Transcript { get; set; } public double? Confidence { get; set; } public IReadOnlyList<Word>? Words { get; set; } }
            public class Word { public string? HeardWord { get; set; } public string? PunctuatedWord { get; set; } public double? Confidence { get; set; } public decimal? Start { get; set; } }
            public class Channel { public IReadOnlyList<Alternative>? Alternatives { get; set; } }
            public class Results { public IReadOnlyList<Channel>? Channels { get; set; } }
            public class Metadata { public string? RequestId { get; set; } public decimal? Duration { get; set; } }
            public record SyncResponse { public Metadata? Metadata { get; set; } public Results? Results { get; set; } }
        }
        namespace Deepgram.Models.Agent.v2.WebSocket
        {
            public record ConversationTextResponse { public string? Role { get; set; } public string? Content { get; set; } public override string ToString() => ""; }
            public record WelcomeResponse { public string? RequestId { get; set; } public override string ToString() => ""; }
        }
        namespace Vosk
        {
            public class VoskRecognizer { public bool AcceptWaveform(byte[] data, int len) => true; public string Result() => ""; public string PartialResult() => ""; public string FinalResult() => ""; }
        }
        namespace System.Speech.Recognition
        {
            public class RecognizedPhrase { public string Text => ""; public float Confidence => 0; }
            public class RecognitionResult : RecognizedPhrase { }
        }
        namespace AssemblyAI.Realtime
        {
            public class RealtimeBaseTranscript { public string Text { get; init; } = ""; public double Confidence { get; init; } public int AudioStart { get; init; } }
            public sealed class PartialTranscript : RealtimeBaseTranscript { }
            public sealed class FinalTranscript : RealtimeBaseTranscript { public bool Punctuated { get; init; } }
        }
        namespace AssemblyAI.Transcripts
        {
            public class Transcript { public string Id { get; init; } = ""; public string? Text { get; init; } public double? Confidence { get; init; } }
        }
        namespace Speechmatics.Realtime.Client.Messages
        {
            public class BaseMessage { public virtual string message => ""; }
            public class Alternative { public string content = ""; public double confidence; public string language = ""; public string? speaker; }
            public class WordSubMessage : BaseMessage { public string type = ""; public double start_time; public double end_time; public Alternative[] alternatives = new Alternative[0]; }
            public class AddTranscriptMessage : BaseMessage { public WordSubMessage[] results = new WordSubMessage[0]; }
            public class AddPartialTranscriptMessage : BaseMessage { public double start_time; public double length; public string transcript = ""; public WordSubMessage[] words = new WordSubMessage[0]; }
        }
        namespace Pv
        {
            public class LeopardTranscript { public string TranscriptString { get; } = ""; }
            public class CheetahTranscript { public string Transcript { get; } = ""; public bool IsEndpoint { get; } }
        }
        namespace Google.Cloud.Speech.V2
        {
            using System.Collections.Generic;
            public sealed class SpeechRecognitionAlternative { public string Transcript { get; set; } = ""; public float Confidence { get; set; } }
            public sealed class SpeechRecognitionResult { public List<SpeechRecognitionAlternative> Alternatives { get; } = new(); public string LanguageCode { get; set; } = ""; }
            public sealed class RecognizeResponse { public List<SpeechRecognitionResult> Results { get; } = new(); public override string ToString() => ""; }
        }
        namespace UnityEngine
        {
            public class Object { }
            public class Component : Object { }
            public class Behaviour : Component { }
            public class MonoBehaviour : Behaviour { public static void print(object message) { } }
            public static class Debug
            {
                public static void Log(object message) { }
                public static void LogWarning(object message) { }
                public static void LogError(object message) { }
                public static void LogFormat(string format, params object[] args) { }
                public static void DrawLine(float a, float b) { }
            }
        }
        namespace Azure.Communication.CallAutomation
        {
            using System.Collections.Generic;
            public class WordData { public string Text => ""; }
            public class TranscriptionData { public string Text => ""; public double Confidence => 0; public IEnumerable<WordData> Words => new List<WordData>(); }
            public class AudioData { public byte[] Data => System.Array.Empty<byte>(); public bool IsSilent => false; }
        }
        """;

    public const string OtherSinks = """
        namespace Serilog
        {
            public interface ILogger
            {
                void Information(string messageTemplate, params object?[]? propertyValues);
                void Error(System.Exception? exception, string messageTemplate, params object?[]? propertyValues);
                ILogger ForContext(string propertyName, object? value, bool destructureObjects = false);
            }
            public static class Log
            {
                public static ILogger Logger { get; set; } = null!;
                public static void Information(string messageTemplate, params object?[]? propertyValues) { }
            }
        }
        namespace NLog
        {
            public interface ILoggerBase { }
            public class Logger : ILoggerBase { public void Info(string message) { } public void Info(string message, params object?[] args) { } }
        }
        namespace log4net
        {
            public interface ILog { void Info(object message); void DebugFormat(string format, params object?[] args); }
        }
        namespace OpenTelemetry.Trace
        {
            public abstract class TelemetrySpan { public TelemetrySpan SetAttribute(string key, string? value) => this; public TelemetrySpan AddEvent(string name) => this; }
        }
        namespace Microsoft.ApplicationInsights
        {
            using System.Collections.Generic;
            public class TelemetryClient
            {
                public void TrackTrace(string message) { }
                public void TrackEvent(string eventName, IDictionary<string, string>? properties = null, IDictionary<string, double>? metrics = null) { }
            }
        }
        namespace Microsoft.ApplicationInsights.DataContracts
        {
            using System.Collections.Generic;
            public sealed class EventTelemetry { public EventTelemetry(string name) { } public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>(); }
        }
        namespace Microsoft.Extensions.Compliance.Redaction
        {
            public abstract class Redactor { public string Redact(string? source) => ""; }
        }
        namespace Microsoft.Extensions.Compliance.Classification
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            public abstract class DataClassificationAttribute : System.Attribute { }
            public sealed class PrivateDataAttribute : DataClassificationAttribute { }
        }
        """;

    /// <summary>The attribute sources the package compiles into consuming projects (same shape as attributes/*.cs).</summary>
    public const string Attributes = """
        namespace ReleaseGates
        {
            [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field | System.AttributeTargets.Parameter | System.AttributeTargets.ReturnValue | System.AttributeTargets.Method)]
            internal sealed class TranscriptAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field | System.AttributeTargets.Parameter | System.AttributeTargets.ReturnValue | System.AttributeTargets.Method)]
            internal sealed class RawAudioAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Method)]
            internal sealed class RedactsAttribute : System.Attribute { }
        }
        """;

    public static IEnumerable<(string Path, string Source)> All()
    {
        yield return ("/Stubs/Logging.cs", Logging);
        yield return ("/Stubs/AzureSpeech.cs", AzureSpeech);
        yield return ("/Stubs/OtherSpeechSdks.cs", OtherSpeechSdks);
        yield return ("/Stubs/OtherSinks.cs", OtherSinks);
        yield return ("/Stubs/Attributes.cs", Attributes);
    }
}
