// Stubs of the Deepgram .NET SDK members the corpus files use (namespaces, types and members as in the SDK; bodies
// empty). The examples' projects have the SDK's implicit usings and a global using of Deepgram.
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Net.Http;
global using System.Net.WebSockets;
global using System.Text;
global using System.Text.Json;
global using System.Threading;
global using System.Threading.Tasks;
global using Deepgram;

namespace Deepgram
{
    public static class Library
    {
        public static void Initialize(Deepgram.Logger.LogLevel level = Deepgram.Logger.LogLevel.Information) { }
        public static void Terminate() { }
    }

    public static class ClientFactory
    {
        public static ListenWebSocketClient CreateListenWebSocketClient(string apiKey = "", Deepgram.Models.Authenticate.v1.DeepgramWsClientOptions? options = null) => new();
        public static ListenRESTClient CreateListenRESTClient(string apiKey = "") => new();
        public static FluxWebSocketClient CreateFluxWebSocketClient(string apiKey = "") => new();
        public static Deepgram.Models.Agent.v2.WebSocket.IAgentWebSocketClient CreateAgentWebSocketClient(string apiKey = "", Deepgram.Models.Authenticate.v1.DeepgramWsClientOptions? options = null) => null!;
    }

    public sealed class ListenWebSocketClient
    {
        public Task<bool> Subscribe<T>(EventHandler<T> handler) => Task.FromResult(true);
        public Task<bool> Connect(Deepgram.Models.Listen.v2.WebSocket.LiveSchema schema) => Task.FromResult(true);
        public void Send(byte[] data) { }
        public void Send(byte[] data, int length) { }
        public bool IsConnected() => true;
        public Task Stop() => Task.CompletedTask;
    }

    public sealed class FluxWebSocketClient
    {
        public Task<bool> Subscribe<T>(EventHandler<T> handler) => Task.FromResult(true);
        public Task<bool> Connect(Deepgram.Models.Flux.WebSocket.FluxSchema schema) => Task.FromResult(true);
        public void Send(byte[] data) { }
        public Task Stop() => Task.CompletedTask;
    }

    public sealed class ListenRESTClient
    {
        public Task<Deepgram.Models.Listen.v1.REST.SyncResponse> TranscribeFile(byte[] source, Deepgram.Models.Listen.v1.REST.PreRecordedSchema schema, CancellationTokenSource? cancellation = null) => throw null!;
        public Task<Deepgram.Models.Listen.v1.REST.SyncResponse> TranscribeUrl(Deepgram.Models.Listen.v1.REST.UrlSource source, Deepgram.Models.Listen.v1.REST.PreRecordedSchema schema, CancellationTokenSource? cancellation = null, Dictionary<string, string>? addons = null) => throw null!;
    }
}

namespace Deepgram.Logger
{
    public enum LogLevel { Default, Information, Debug, Verbose }
}

namespace Deepgram.Microphone
{
    public static class Library
    {
        public static void Initialize() { }
        public static void Terminate() { }
    }

    public sealed class Microphone
    {
        public Microphone(Action<byte[], int> push) { }
        public Microphone(Action<byte[], int> push_callback, int rate = 16000, int chunkSize = 8192, int channels = 1, int device_index = -1, PortAudioSharp.SampleFormat format = PortAudioSharp.SampleFormat.Int16) { }
        public void Start() { }
        public void Stop() { }
    }
}

namespace Deepgram.Models.Authenticate.v1
{
    public sealed class DeepgramWsClientOptions(string? apiKey = null, string? address = null, bool? keepAlive = null)
    {
    }
}

namespace Deepgram.Models.Listen.v1.REST
{
    public record SyncResponse
    {
        public Metadata? Metadata { get; set; }
        public Results? Results { get; set; }

        public override string ToString() => JsonSerializer.Serialize(this);
    }

    public record Metadata
    {
        public string? RequestId { get; set; }
        public decimal? Duration { get; set; }
    }

    public record Results
    {
        public IReadOnlyList<Channel>? Channels { get; set; }
    }

    public record Channel
    {
        public IReadOnlyList<Alternative>? Alternatives { get; set; }
    }

    public record Alternative
    {
        public string? Transcript { get; set; }
        public double? Confidence { get; set; }
    }

    public record PreRecordedSchema
    {
        public string? Model { get; set; }
        public List<string>? Keyterm { get; set; }
        public bool? Punctuate { get; set; }
    }

    public record UrlSource(string Url);
}

namespace Deepgram.Models.Listen.v2.WebSocket
{
    public enum ListenType { Open, Metadata, Results, UtteranceEnd, SpeechStarted, Close, Unhandled, Error }

    public record ResultResponse
    {
        public Channel? Channel { get; set; }
        public ListenType? Type { get; set; }
        public bool? IsFinal { get; set; }
    }

    public record Channel
    {
        public IReadOnlyList<Alternative>? Alternatives { get; set; }
    }

    public record Alternative
    {
        public string? Transcript { get; set; }
        public double? Confidence { get; set; }
    }

    public record OpenResponse { public ListenType? Type { get; set; } }

    public record MetadataResponse { public ListenType? Type { get; set; } }

    public record SpeechStartedResponse { public ListenType? Type { get; set; } }

    public record UtteranceEndResponse { public ListenType? Type { get; set; } }

    public record CloseResponse { public ListenType? Type { get; set; } }

    public record UnhandledResponse { public ListenType? Type { get; set; } }

    public record ErrorResponse
    {
        public ListenType? Type { get; set; }
        public string? Message { get; set; }
    }

    public record LiveSchema
    {
        public string? Model { get; set; }
        public string? Encoding { get; set; }
        public int? SampleRate { get; set; }
        public bool? Punctuate { get; set; }
        public bool? SmartFormat { get; set; }
        public bool? InterimResults { get; set; }
        public string? UtteranceEnd { get; set; }
        public bool? VadEvents { get; set; }
    }
}

namespace Deepgram.Models.Flux.WebSocket
{
    public enum TurnEvent { StartOfTurn, Update, EagerEndOfTurn, TurnResumed, EndOfTurn }

    public record ConnectedResponse { public string? RequestId { get; set; } }

    public record TurnInfoResponse
    {
        public string? RequestId { get; set; }
        public string? Event { get; set; }
        public TurnEvent? EventType { get; set; }
        public int? TurnIndex { get; set; }
        public string? Transcript { get; set; }
        public List<Word>? Words { get; set; }
        public double? EndOfTurnConfidence { get; set; }
    }

    public record Word
    {
        public string? HeardWord { get; set; }
        public double? Confidence { get; set; }
        public double? Start { get; set; }
        public double? End { get; set; }
    }

    public record ErrorResponse
    {
        public string? Code { get; set; }
        public string? Description { get; set; }
    }

    public record CloseResponse;

    public record FluxSchema
    {
        public string? Model { get; set; }
        public string? Encoding { get; set; }
        public int? SampleRate { get; set; }
        public double? EotThreshold { get; set; }
        public double? EagerEotThreshold { get; set; }
    }
}
