// Stubs of the Azure AI Speech SDK members the embedded-speech samples use besides those of the console samples
// (recognition, synthesis, embedded and hybrid configs), and of Newtonsoft.Json's JObject (names as in the packages).
namespace Microsoft.CognitiveServices.Speech
{
    using System;
    using System.Collections.Generic;
    using System.Threading.Tasks;
    using Microsoft.CognitiveServices.Speech.Audio;

    public enum OutputFormat { Simple, Detailed }

    public enum ProfanityOption { Masked, Removed, Raw }

    public enum SpeechSynthesisOutputFormat { Riff16Khz16BitMonoPcm, Riff24Khz16BitMonoPcm }

    public enum NoMatchReason { NotRecognized, InitialSilenceTimeout, InitialBabbleTimeout, KeywordNotRecognized }

    public enum SynthesisVoiceGender { Unknown, Female, Male }

    public class SpeechRecognitionResult : RecognitionResult;

    public class SpeechRecognitionEventArgs : RecognitionEventArgs
    {
        public SpeechRecognitionResult Result { get; } = new();
    }

    public sealed class SpeechRecognitionCanceledEventArgs : SpeechRecognitionEventArgs
    {
        public CancellationReason Reason => default;
        public CancellationErrorCode ErrorCode => default;
        public string ErrorDetails => "";
    }

    public sealed class NoMatchDetails
    {
        public NoMatchReason Reason => default;
        public static NoMatchDetails FromResult(RecognitionResult result) => new();
    }

    public sealed class AutoDetectSourceLanguageResult
    {
        public string Language => "";
        public static AutoDetectSourceLanguageResult FromResult(RecognitionResult result) => new();
    }

    public sealed class KeywordRecognitionModel
    {
        public static KeywordRecognitionModel FromFile(string fileName) => new();
    }

    public sealed class SpeechRecognitionModel
    {
        public string Name => "";
        public IReadOnlyList<string> Locales => [];
        public string Path => "";
    }

    public sealed class SpeechTranslationModel
    {
        public string Name => "";
        public string[] SourceLanguages => [];
        public string[] TargetLanguages => [];
        public string Path => "";
    }

    public sealed class EmbeddedSpeechConfig : SpeechConfig
    {
        public static EmbeddedSpeechConfig FromPath(string path) => new();
        public static EmbeddedSpeechConfig FromPaths(string[] paths) => new();
        public IReadOnlyList<SpeechRecognitionModel> GetSpeechRecognitionModels() => [];
        public IReadOnlyList<SpeechTranslationModel> GetSpeechTranslationModels() => [];
        public void SetSpeechRecognitionModel(string name, string license) { }
        public void SetSpeechSynthesisVoice(string name, string license) { }
        public void SetSpeechTranslationModel(string name, string license) { }
        public void SetSpeechSynthesisOutputFormat(SpeechSynthesisOutputFormat format) { }
        public OutputFormat SpeechRecognitionOutputFormat { get; set; }
        public void SetProfanity(ProfanityOption option) { }
    }

    public sealed class HybridSpeechConfig : SpeechConfig
    {
        public static HybridSpeechConfig FromConfigs(SpeechConfig cloud, EmbeddedSpeechConfig embedded) => new();
    }

    public sealed class SpeechRecognizer : Recognizer
    {
        public SpeechRecognizer(SpeechConfig config) { }
        public SpeechRecognizer(SpeechConfig config, AudioConfig audioConfig) { }
        public event EventHandler<SpeechRecognitionEventArgs>? Recognizing;
        public event EventHandler<SpeechRecognitionEventArgs>? Recognized;
        public event EventHandler<SpeechRecognitionCanceledEventArgs>? Canceled;
        public Task StartContinuousRecognitionAsync() => Task.CompletedTask;
        public Task StopContinuousRecognitionAsync() => Task.CompletedTask;
        public Task StartKeywordRecognitionAsync(KeywordRecognitionModel model) => Task.CompletedTask;
        public Task StopKeywordRecognitionAsync() => Task.CompletedTask;
        public Task<SpeechRecognitionResult> RecognizeOnceAsync() => Task.FromResult(new SpeechRecognitionResult());
    }

    public sealed class SpeechSynthesisResult : IDisposable
    {
        public ResultReason Reason => default;
        public byte[] AudioData => [];
        public PropertyCollection Properties { get; } = new();
        public void Dispose() { }
    }

    public sealed class SpeechSynthesisEventArgs : EventArgs
    {
        public SpeechSynthesisResult Result { get; } = new();
    }

    public sealed class SpeechSynthesisWordBoundaryEventArgs : EventArgs
    {
        public ulong AudioOffset => 0;
        public uint TextOffset => 0;
        public uint WordLength => 0;
        public string Text => "";
    }

    public sealed class SpeechSynthesisCancellationDetails
    {
        public CancellationReason Reason => default;
        public CancellationErrorCode ErrorCode => default;
        public string ErrorDetails => "";
        public static SpeechSynthesisCancellationDetails FromResult(SpeechSynthesisResult result) => new();
    }

    public sealed class VoiceInfo
    {
        public string Name => "";
        public string ShortName => "";
        public SynthesisVoiceGender Gender => default;
        public string Locale => "";
        public string VoicePath => "";
    }

    public sealed class SynthesisVoicesResult : IDisposable
    {
        public ResultReason Reason => default;
        public IReadOnlyCollection<VoiceInfo> Voices => [];
        public string ErrorDetails => "";
        public void Dispose() { }
    }

    public sealed class SpeechSynthesizer : IDisposable
    {
        public SpeechSynthesizer(SpeechConfig config) { }
        public SpeechSynthesizer(SpeechConfig config, AudioConfig? audioConfig) { }
        public event EventHandler<SpeechSynthesisEventArgs>? SynthesisStarted;
        public event EventHandler<SpeechSynthesisEventArgs>? Synthesizing;
        public event EventHandler<SpeechSynthesisWordBoundaryEventArgs>? WordBoundary;
        public Task<SpeechSynthesisResult> SpeakTextAsync(string text) => Task.FromResult(new SpeechSynthesisResult());
        public Task<SpeechSynthesisResult> SpeakSsmlAsync(string ssml) => Task.FromResult(new SpeechSynthesisResult());
        public Task<SynthesisVoicesResult> GetVoicesAsync(string locale = "") => Task.FromResult(new SynthesisVoicesResult());
        public void Dispose() { }
        private void Raise() { SynthesisStarted?.Invoke(this, new()); Synthesizing?.Invoke(this, new()); WordBoundary?.Invoke(this, new()); }
    }

    public sealed class AudioDataStream : IDisposable
    {
        public static AudioDataStream FromResult(SpeechSynthesisResult result) => new();
        public void Dispose() { }
    }
}

namespace Microsoft.CognitiveServices.Speech.Diagnostics.Logging
{
    public static class FileLogger
    {
        public static void Start(string path) { }
        public static void Stop() { }
    }
}

namespace Newtonsoft.Json
{
    public enum Formatting { None, Indented }
}

namespace Newtonsoft.Json.Linq
{
    public class JToken
    {
        public string ToString(Newtonsoft.Json.Formatting formatting) => "";
    }

    public sealed class JObject : JToken
    {
        public static JObject Parse(string json) => new();
        public bool ContainsKey(string key) => false;
        public JToken? this[string key] => null;
    }
}

namespace Microsoft.CognitiveServices.Speech
{
    public sealed class CancellationDetails
    {
        public CancellationReason Reason => default;
        public CancellationErrorCode ErrorCode => default;
        public string ErrorDetails => "";
        public static CancellationDetails FromResult(RecognitionResult result) => new();
    }
}
