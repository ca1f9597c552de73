// Stubs of the Deepgram voice-agent client and events, and of PortAudioSharp, which the agent example uses besides the
// speech-to-text stubs (namespaces, types and members as in the packages; bodies empty). The events serialize themselves
// in ToString, as the SDK's do.
namespace Deepgram.Models.Agent.v2.WebSocket
{
    public enum AgentType { Welcome, SettingsApplied, ConversationText, UserStartedSpeaking, AgentThinking, FunctionCallRequest, AgentStartedSpeaking, AgentAudioDone, Error, Audio, Open, Close, Unhandled }

    public abstract record AgentEvent
    {
        public override string ToString() => System.Text.Json.JsonSerializer.Serialize(this, GetType());
    }

    public sealed record OpenResponse : AgentEvent { public AgentType? Type { get; } = AgentType.Open; }

    public sealed record AudioResponse : AgentEvent
    {
        public AgentType? Type { get; } = AgentType.Audio;
        public System.IO.MemoryStream? Stream { get; set; }
    }

    public sealed record AgentAudioDoneResponse : AgentEvent { public AgentType? Type { get; } = AgentType.AgentAudioDone; }

    public sealed record AgentStartedSpeakingResponse : AgentEvent
    {
        public AgentType? Type { get; } = AgentType.AgentStartedSpeaking;
        public decimal? TotalLatency { get; set; }
        public decimal? TtsLatency { get; set; }
        public decimal? TttLatency { get; set; }
    }

    public sealed record AgentThinkingResponse : AgentEvent
    {
        public AgentType? Type { get; } = AgentType.AgentThinking;
        public string? Content { get; set; }
    }

    public sealed record ConversationTextResponse : AgentEvent
    {
        public AgentType? Type { get; } = AgentType.ConversationText;
        public string? Role { get; set; }
        public string? Content { get; set; }
    }

    public sealed record FunctionCallRequestResponse : AgentEvent
    {
        public AgentType? Type { get; } = AgentType.FunctionCallRequest;
        public List<FunctionCall>? Functions { get; set; }
    }

    public sealed record FunctionCall
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Arguments { get; set; }
    }

    public sealed record UserStartedSpeakingResponse : AgentEvent { public AgentType? Type { get; } = AgentType.UserStartedSpeaking; }

    public sealed record WelcomeResponse : AgentEvent
    {
        public AgentType? Type { get; } = AgentType.Welcome;
        public string? RequestId { get; set; }
    }

    public sealed record CloseResponse : AgentEvent { public AgentType? Type { get; } = AgentType.Close; }

    public sealed record SettingsAppliedResponse : AgentEvent { public AgentType? Type { get; } = AgentType.SettingsApplied; }

    public sealed record InjectionRefusedResponse : AgentEvent { public string? Message { get; set; } }

    public sealed record PromptUpdatedResponse : AgentEvent;

    public sealed record SpeakUpdatedResponse : AgentEvent;

    public sealed record UnhandledResponse : AgentEvent { public AgentType? Type { get; } = AgentType.Unhandled; }

    public sealed record ErrorResponse : AgentEvent
    {
        public AgentType? Type { get; } = AgentType.Error;
        public string? Message { get; set; }
    }

    public sealed class Provider
    {
        public string? Type { get; set; }
        public string? Model { get; set; }
        public List<string>? Keyterms { get; set; }
    }

    public sealed class Stage
    {
        public Provider Provider { get; set; } = new();
    }

    public sealed class Agent
    {
        public Stage Think { get; set; } = new();
        public Stage Listen { get; set; } = new();
        public Stage Speak { get; set; } = new();
        public string? Greeting { get; set; }
    }

    public sealed class AudioFormat
    {
        public string? Encoding { get; set; }
        public int? SampleRate { get; set; }
        public string? Container { get; set; }
    }

    public sealed class Audio
    {
        public AudioFormat Input { get; set; } = new();
        public AudioFormat Output { get; set; } = new();
    }

    public sealed class SettingsSchema
    {
        public Agent Agent { get; set; } = new();
        public Audio Audio { get; set; } = new();
        public List<string>? Tags { get; set; }
    }

    public interface IAgentWebSocketClient
    {
        Task<bool> Subscribe<T>(EventHandler<T> handler);
        Task<bool> Connect(SettingsSchema settings);
        void SendBinary(byte[] data);
        Task Stop();
    }
}

namespace PortAudioSharp
{
    public enum SampleFormat { Float32, Int16 }

    public enum StreamFlags { NoFlag, ClipOff }

    public enum StreamCallbackResult { Continue, Complete, Abort }

    public enum StreamCallbackFlags { None }

    public struct StreamCallbackTimeInfo;

    public struct DeviceInfo
    {
        public string name;
        public double defaultSampleRate;
        public int maxInputChannels;
        public double defaultLowOutputLatency;
    }

    public struct StreamParameters
    {
        public int device;
        public int channelCount;
        public SampleFormat sampleFormat;
        public double suggestedLatency;
        public IntPtr hostApiSpecificStreamInfo;
    }

    public delegate StreamCallbackResult Callback(nint input, nint output, uint frameCount, ref StreamCallbackTimeInfo timeInfo, StreamCallbackFlags statusFlags, nint userDataPtr);

    public static class PortAudio
    {
        public const int NoDevice = -1;
        public static int DefaultInputDevice => 0;
        public static int DefaultOutputDevice => 0;
        public static DeviceInfo GetDeviceInfo(int device) => default;
    }

    public sealed class Stream(StreamParameters? inParams, StreamParameters? outParams, double sampleRate, uint framesPerBuffer, StreamFlags streamFlags, Callback callback, IntPtr userData) : IDisposable
    {
        public void Start() { }
        public void Stop() { }
        public void Dispose() { }
    }
}
