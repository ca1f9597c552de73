// Stubs of the AssemblyAI realtime SDK, ASP.NET Core and Twilio members the corpus files use (namespaces, types and
// members as in the packages; bodies empty). The samples' projects have the SDK's (and the web SDK's) implicit usings.
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Net.Http;
global using System.Threading;
global using System.Threading.Tasks;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Hosting;
global using Microsoft.Extensions.Logging;

namespace AssemblyAI.Realtime
{
    public enum AudioEncoding { PcmS16le, PcmMulaw }

    public sealed class Event<T>
    {
        public void Subscribe(Action<T> listener) { }
    }

    public class RealtimeBaseTranscript
    {
        public int AudioStart { get; set; }
        public int AudioEnd { get; set; }
        public double Confidence { get; set; }
        public string Text { get; set; } = "";
    }

    public sealed class PartialTranscript : RealtimeBaseTranscript;

    public sealed class FinalTranscript : RealtimeBaseTranscript
    {
        public bool Punctuated { get; set; }
    }

    public sealed class RealtimeError
    {
        public string Error { get; set; } = "";
    }

    public sealed class ClosedEventArgs
    {
        public int Code { get; set; }
        public string Reason { get; set; } = "";
    }

    public sealed class SessionBegins
    {
        public Guid SessionId { get; set; }
        public DateTime ExpiresAt { get; set; }
    }

    public sealed class RealtimeTranscriberOptions
    {
        public string ApiKey { get; set; } = "";
        public int SampleRate { get; set; }
    }

    public sealed class RealtimeTranscriber : IAsyncDisposable
    {
        public RealtimeTranscriber() { }
        public RealtimeTranscriber(RealtimeTranscriberOptions options) { }
        public string ApiKey { get; set; } = "";
        public int SampleRate { get; set; }
        public AudioEncoding Encoding { get; set; }
        public Event<SessionBegins> SessionBegins { get; } = new();
        public Event<PartialTranscript> PartialTranscriptReceived { get; } = new();
        public Event<FinalTranscript> FinalTranscriptReceived { get; } = new();
        public Event<RealtimeError> ErrorReceived { get; } = new();
        public Event<ClosedEventArgs> Closed { get; } = new();
        public Task<SessionBegins> ConnectAsync() => throw null!;
        public Task SendAudioAsync(byte[] audio) => Task.CompletedTask;
        public Task CloseAsync(bool waitForSessionTermination = true) => Task.CompletedTask;
        public ValueTask DisposeAsync() => default;
    }
}

namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string? this[string key] { get; }
    }

    public interface IConfigurationRoot : IConfiguration;

    public sealed class ConfigurationBuilder
    {
        public ConfigurationBuilder AddUserSecrets<T>() => this;
        public IConfigurationRoot Build() => throw null!;
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public interface IServiceCollection
    {
    }

    public static class ServiceCollectionExtensions
    {
        public static IServiceCollection Configure<T>(this IServiceCollection services, Action<T> configure) => services;
        public static IServiceCollection AddTransient<T>(this IServiceCollection services, Func<IServiceProvider, T> factory) => services;
    }

    public static class ServiceProviderServiceExtensions
    {
        public static T GetRequiredService<T>(this IServiceProvider provider) => throw null!;
    }
}

namespace Microsoft.Extensions.Hosting
{
    public interface IHostApplicationLifetime
    {
        CancellationToken ApplicationStopping { get; }
    }
}

namespace Microsoft.AspNetCore.HttpOverrides
{
    [Flags]
    public enum ForwardedHeaders { None = 0, All = 7 }

    public sealed class ForwardedHeadersOptions
    {
        public ForwardedHeaders ForwardedHeaders { get; set; }
    }
}

namespace Microsoft.AspNetCore.Http
{
    public sealed class HostString
    {
    }

    public class HttpRequest
    {
        public HostString Host => new();
    }

    public class WebSocketManager
    {
        public bool IsWebSocketRequest => false;
        public Task<System.Net.WebSockets.WebSocket> AcceptWebSocketAsync() => throw null!;
    }

    public class HttpResponse
    {
        public int StatusCode { get; set; }
    }

    public class HttpContext
    {
        public WebSocketManager WebSockets { get; } = new();
        public IServiceProvider RequestServices => throw null!;
        public HttpResponse Response { get; } = new();
    }

    public static class StatusCodes
    {
        public const int Status400BadRequest = 400;
    }

    public interface IResult
    {
    }

    public interface IResultExtensions
    {
    }

    public static class Results
    {
        public static IResultExtensions Extensions => throw null!;
    }
}

namespace Microsoft.AspNetCore.Builder
{
    public sealed class WebApplicationBuilder
    {
        public IServiceCollection Services => throw null!;
        public WebApplication Build() => new();
    }

    public sealed class WebApplication
    {
        public static WebApplicationBuilder CreateBuilder(string[] args) => new();
        public ILogger Logger => throw null!;
        public void UseForwardedHeaders() { }
        public void UseWebSockets() { }
        public void MapGet(string pattern, Delegate handler) { }
        public void MapGet(string pattern, Func<HttpContext, Task> handler) { }
        public void MapPost(string pattern, Delegate handler) { }
    }
}

namespace Twilio.AspNet.Core
{
    public static class ResultsExtensions
    {
        public static Microsoft.AspNetCore.Http.IResult TwiML(this Microsoft.AspNetCore.Http.IResultExtensions results, Twilio.TwiML.VoiceResponse response) => throw null!;
    }
}

namespace Twilio.TwiML
{
    public sealed class VoiceResponse
    {
        public VoiceResponse Say(string message) => this;
        public VoiceResponse Append(Twilio.TwiML.Voice.Connect connect) => this;
    }
}

namespace Twilio.TwiML.Voice
{
    public sealed class Connect
    {
        public Connect Stream(string url) => this;
    }
}
