// Stubs of the Whisper.net, Microsoft.Extensions.AI and CommandLineParser members the corpus files use (names as in the
// packages; bodies empty). The SDK projects' implicit usings come first.
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Threading;
global using System.Threading.Tasks;

namespace Whisper.net
{
    public sealed class SegmentData
    {
        public string Text { get; set; } = "";
        public TimeSpan Start { get; set; }
        public TimeSpan End { get; set; }
        public float Probability { get; set; }
        public string Language { get; set; } = "";
    }

    public sealed class WhisperProcessor : IDisposable
    {
        public IAsyncEnumerable<SegmentData> ProcessAsync(Stream waveStream, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<SegmentData> ProcessAsync(float[] samples, CancellationToken cancellationToken = default) => throw null!;
        public string? DetectLanguage(float[] samples) => null;
        public void Dispose() { }
    }

    public sealed class WhisperProcessorBuilder
    {
        public WhisperProcessorBuilder WithLanguage(string language) => this;
        public WhisperProcessorBuilder WithTranslate() => this;
        public WhisperProcessor Build() => new();
    }

    public sealed class WhisperFactory : IDisposable
    {
        public static WhisperFactory FromPath(string path) => new();
        public static WhisperFactory FromBuffer(byte[] buffer) => new();
        public WhisperProcessorBuilder CreateBuilder() => new();
        public void Dispose() { }
    }

    public sealed class WhisperSpeechToTextClient(string modelPath) : Microsoft.Extensions.AI.ISpeechToTextClient
    {
        public IAsyncEnumerable<Microsoft.Extensions.AI.SpeechToTextResponseUpdate> GetStreamingTextAsync(Stream audio, Microsoft.Extensions.AI.SpeechToTextOptions? options = null, CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }
    }

    public static class SpeechToTextOptionsExtensions
    {
        public static Microsoft.Extensions.AI.SpeechToTextOptions WithLanguage(this Microsoft.Extensions.AI.SpeechToTextOptions options, string language) => options;
        public static Microsoft.Extensions.AI.SpeechToTextOptions WithTranslate(this Microsoft.Extensions.AI.SpeechToTextOptions options) => options;
    }
}

namespace Whisper.net.Ggml
{
    public enum GgmlType { Tiny, Base, Small, Medium, LargeV3 }

    public sealed class WhisperGgmlDownloader
    {
        public static WhisperGgmlDownloader Default { get; } = new();
        public Task<Stream> GetGgmlModelAsync(GgmlType type) => throw null!;
    }
}

namespace Whisper.net.Logger
{
    public enum WhisperLogLevel { Error, Warning, Info, Debug }

    public static class LogProvider
    {
        public static IDisposable AddConsoleLogging(WhisperLogLevel minLevel) => throw null!;
    }
}

namespace Whisper.net.Wave
{
    public sealed class WaveParser(Stream stream)
    {
        public ushort Channels => 0;
        public uint SampleRate => 0;
        public ushort BitsPerSample => 0;
        public long DataChunkPosition => 0;
        public Task InitializeAsync() => Task.CompletedTask;
        public float[] GetAvgSamples() => [];
        public Task<float[]> GetAvgSamplesAsync(CancellationToken cancellationToken) => Task.FromResult<float[]>([]);
    }
}

namespace Microsoft.Extensions.AI
{
    public interface ISpeechToTextClient : IDisposable
    {
    }

    public class SpeechToTextOptions
    {
    }

    public class SpeechToTextResponseUpdate
    {
        public string Text { get; set; } = "";
        public TimeSpan? StartTime { get; set; }
        public TimeSpan? EndTime { get; set; }
    }
}

namespace CommandLine
{
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class OptionAttribute(char shortName, string longName) : Attribute
    {
        public bool Required { get; set; }
        public string? HelpText { get; set; }
        public object? Default { get; set; }
    }

    public sealed class Parser
    {
        public static Parser Default { get; } = new();
        public ParserResult<T> ParseArguments<T>(string[] args) => new();
    }

    public sealed class ParserResult<T>
    {
        public Task<ParserResult<T>> WithParsedAsync(Func<T, Task> action) => Task.FromResult(this);
    }
}
