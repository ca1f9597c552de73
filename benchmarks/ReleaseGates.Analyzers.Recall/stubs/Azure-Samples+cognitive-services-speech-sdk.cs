// Stubs of the Azure AI Speech SDK (Microsoft.CognitiveServices.Speech) and Azure.Identity members the corpus files use
// (namespaces, types and members as in the packages; bodies empty).
namespace Microsoft.CognitiveServices.Speech
{
    using System;
    using System.Threading.Tasks;

    public enum ResultReason { NoMatch, Canceled, RecognizingSpeech, RecognizedSpeech, RecognizingKeyword, RecognizedKeyword, TranslatingSpeech, TranslatedSpeech, SynthesizingAudio, SynthesizingAudioCompleted, SynthesizingAudioStarted, VoicesListRetrieved }

    public enum CancellationReason { Error, EndOfStream, CancelledByUser }

    public enum CancellationErrorCode { NoError, AuthenticationFailure, BadRequest, ConnectionFailure }

    public enum PropertyId { SpeechServiceConnection_AutoDetectSourceLanguageResult, SpeechServiceConnection_LanguageIdMode, SpeechServiceResponse_JsonResult, SpeechServiceResponse_RecognitionBackend, SpeechServiceResponse_SynthesisBackend }

    public class PropertyCollection
    {
        public string GetProperty(PropertyId id) => "";
    }

    public class RecognitionResult
    {
        public string ResultId => "";
        public string Text => "";
        public ResultReason Reason => default;
        public TimeSpan Duration => default;
        public long OffsetInTicks => 0;
        public PropertyCollection Properties { get; } = new();
    }

    public class SessionEventArgs : EventArgs
    {
        public string SessionId => "";
    }

    public class RecognitionEventArgs : SessionEventArgs
    {
        public ulong Offset => 0;
    }

    public class SpeechConfig
    {
        public string SpeechRecognitionLanguage { get; set; } = "";
        public void SetProperty(PropertyId id, string value) { }
    }

    public sealed class AutoDetectSourceLanguageConfig
    {
        public static AutoDetectSourceLanguageConfig FromLanguages(string[] languages) => new();
        public static AutoDetectSourceLanguageConfig FromOpenRange() => new();
    }

    public class Recognizer : IDisposable
    {
        public event EventHandler<SessionEventArgs>? SessionStarted;
        public event EventHandler<SessionEventArgs>? SessionStopped;
        public event EventHandler<RecognitionEventArgs>? SpeechStartDetected;
        public event EventHandler<RecognitionEventArgs>? SpeechEndDetected;
        public void Dispose() { }
        protected void Raise() { SessionStarted?.Invoke(this, new()); SessionStopped?.Invoke(this, new()); SpeechStartDetected?.Invoke(this, new()); SpeechEndDetected?.Invoke(this, new()); }
    }
}

namespace Microsoft.CognitiveServices.Speech.Audio
{
    using System;

    public enum AudioStreamContainerFormat { OGG_OPUS, MP3, FLAC, ALAW, MULAW, ANY }

    public class AudioStreamFormat
    {
        public static AudioStreamFormat GetCompressedFormat(AudioStreamContainerFormat format) => new();
        public static AudioStreamFormat GetWaveFormatPCM(uint samplesPerSecond, byte bitsPerSample, byte channels) => new();
    }

    public class AudioProcessingOptions
    {
    }

    public abstract class PullAudioInputStreamCallback : IDisposable
    {
        public abstract int Read(byte[] dataBuffer, uint size);
        public virtual void Close() { }
        public void Dispose() => Dispose(true);
        protected virtual void Dispose(bool disposing) { }
    }

    public abstract class PushAudioOutputStreamCallback : IDisposable
    {
        public abstract uint Write(byte[] dataBuffer);
        public virtual void Close() { }
        public void Dispose() => Dispose(true);
        protected virtual void Dispose(bool disposing) { }
    }

    public class AudioInputStream : IDisposable
    {
        public static PushAudioInputStream CreatePushStream(AudioStreamFormat format) => new();
        public static PullAudioInputStream CreatePullStream(PullAudioInputStreamCallback callback, AudioStreamFormat format) => new();
        public void Dispose() { }
    }

    public sealed class PushAudioInputStream : AudioInputStream
    {
        public void Write(byte[] dataBuffer) { }
        public void Write(byte[] dataBuffer, int size) { }
        public void Close() { }
    }

    public sealed class PullAudioInputStream : AudioInputStream;

    public sealed class AudioConfig : IDisposable
    {
        public static AudioConfig FromWavFileInput(string fileName) => new();
        public static AudioConfig FromStreamInput(AudioInputStream stream) => new();
        public static AudioConfig FromStreamInput(AudioInputStream stream, AudioProcessingOptions? options) => new();
        public static AudioConfig FromStreamInput(PullAudioInputStreamCallback callback, AudioStreamFormat format) => new();
        public static AudioConfig FromStreamInput(PullAudioInputStreamCallback callback, AudioStreamFormat format, AudioProcessingOptions? options) => new();
        public static AudioConfig FromDefaultMicrophoneInput() => new();
        public void Dispose() { }
    }
}

namespace Microsoft.CognitiveServices.Speech.Translation
{
    using System;
    using System.Collections.Generic;
    using System.Threading.Tasks;
    using Microsoft.CognitiveServices.Speech.Audio;

    public sealed class SpeechTranslationConfig : SpeechConfig
    {
        public static SpeechTranslationConfig FromEndpoint(Uri endpoint, string subscriptionKey) => new();
        public static SpeechTranslationConfig FromEndpoint(Uri endpoint, Azure.Core.TokenCredential credential) => new();
        public static SpeechTranslationConfig FromEndpoint(Uri endpoint) => new();
        public static SpeechTranslationConfig FromEndpoint(Uri endpoint, System.ClientModel.ApiKeyCredential credential) => new();
        public string VoiceName { get; set; } = "";
        public void AddTargetLanguage(string language) { }
    }

    public sealed class TranslationRecognitionResult : RecognitionResult
    {
        public IReadOnlyDictionary<string, string> Translations { get; } = new Dictionary<string, string>();
    }

    public sealed class TranslationSynthesisResult
    {
        public ResultReason Reason => default;
        public byte[] GetAudio() => [];
    }

    public class TranslationRecognitionEventArgs : RecognitionEventArgs
    {
        public TranslationRecognitionResult Result { get; } = new();
    }

    public sealed class TranslationRecognitionCanceledEventArgs : TranslationRecognitionEventArgs
    {
        public CancellationReason Reason => default;
        public CancellationErrorCode ErrorCode => default;
        public string ErrorDetails => "";
    }

    public sealed class TranslationSynthesisEventArgs : SessionEventArgs
    {
        public TranslationSynthesisResult Result { get; } = new();
    }

    public sealed class TranslationRecognizer : Recognizer
    {
        public TranslationRecognizer(SpeechTranslationConfig config) { }
        public TranslationRecognizer(SpeechTranslationConfig config, AudioConfig audioConfig) { }
        public TranslationRecognizer(SpeechTranslationConfig config, AutoDetectSourceLanguageConfig autoDetect) { }
        public TranslationRecognizer(SpeechTranslationConfig config, AutoDetectSourceLanguageConfig autoDetect, AudioConfig audioConfig) { }
        public event EventHandler<TranslationRecognitionEventArgs>? Recognizing;
        public event EventHandler<TranslationRecognitionEventArgs>? Recognized;
        public event EventHandler<TranslationRecognitionCanceledEventArgs>? Canceled;
        public event EventHandler<TranslationSynthesisEventArgs>? Synthesizing;
        public Task StartContinuousRecognitionAsync() => Task.CompletedTask;
        public Task StopContinuousRecognitionAsync() => Task.CompletedTask;
        public Task<TranslationRecognitionResult> RecognizeOnceAsync() => Task.FromResult(new TranslationRecognitionResult());
        public void AddTargetLanguage(string language) { }
    }
}

namespace Azure.Core
{
    public abstract class TokenCredential
    {
    }
}

namespace Azure.Identity
{
    public sealed class DefaultAzureCredentialOptions
    {
        public string? ManagedIdentityClientId { get; set; }
    }

    public sealed class DefaultAzureCredential(DefaultAzureCredentialOptions? options = null) : Azure.Core.TokenCredential;
}

namespace System.ClientModel
{
    public sealed class ApiKeyCredential(string key);
}
