using ReleaseGates.Analyzers.Privacy;
using ReleaseGates.Analyzers.Tests.Verifiers;
using Verify = ReleaseGates.Analyzers.Tests.Privacy.PrivacyVerifier<ReleaseGates.Analyzers.Privacy.TranscriptReachesLogAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>
/// Which of the project's own methods are sinks for their callers is first read from syntax (what their bodies name),
/// and only those that can reach a sink are summarized: every kind of sink is still seen through a helper, and a helper
/// that writes somewhere that is no sink (a stream, a builder, a dictionary) is not one — unless the writer it writes to
/// is a parameter and the caller hands it the console.
/// </summary>
public sealed class OwnMethodSinkTests
{
    [Fact]
    public Task Helpers_that_reach_a_LoggerMessage_method_a_Define_delegate_Trace_a_tag_or_another_helper_are_sinks() => Verify.VerifyAsync("""
        static partial class Log
        {
            [LoggerMessage(1, LogLevel.Information, "Heard {Text}")]
            public static partial void Heard(ILogger logger, string text);
            public static partial void Heard(ILogger logger, string text) { }
        }
        class Helpers
        {
            private static readonly Action<ILogger, string, Exception?> Said = LoggerMessage.Define<string>(LogLevel.Information, default, "Said {Text}");
            public static void ViaGenerated(ILogger logger, string value) => Log.Heard(logger, value);
            public static void ViaDefine(ILogger logger, string value) => Said(logger, value, null);
            public static void ViaTrace(string value) => Trace.WriteLine(value);
            public static void ViaTag(Activity activity, string value) => activity.SetTag("text", value);
            public static void ViaAnother(ILogger logger, string value) => Again(logger, value + "!");
            private static void Again(ILogger logger, string value) => ViaGenerated(logger, value);
        }
        class C
        {
            void M(ILogger logger, Activity activity, SpeechRecognitionResult result)
            {
                Helpers.ViaGenerated(logger, {|RG1001:result.Text|});
                Helpers.ViaDefine(logger, {|RG1001:result.Text|});
                Helpers.ViaTrace({|RG1001:result.Text|});
                Helpers.ViaTag(activity, {|RG1001:result.Text|});
                Helpers.ViaAnother(logger, {|RG1001:result.Text|});
            }
        }
        """);

    [Fact]
    public Task Helpers_that_write_to_a_stream_a_builder_or_a_dictionary_are_not_sinks() => Verify.VerifyAsync("""
        class Helpers
        {
            public static void ToStream(System.IO.TextWriter writer, string value) => writer.WriteLine(value);
            public static void ToBuilder(StringBuilder builder, string value) => builder.Append(value);
            public static void ToMap(Dictionary<string, string> map, string value) => map["last"] = value;
            public static void Chain(StringBuilder builder, string value) => ToBuilder(builder, value.Trim());
        }
        class C
        {
            void M(System.IO.TextWriter writer, StringBuilder builder, Dictionary<string, string> map, SpeechRecognitionResult result)
            {
                Helpers.ToStream(writer, result.Text);
                Helpers.ToBuilder(builder, result.Text);
                Helpers.ToMap(map, result.Text);
                Helpers.Chain(builder, result.Text);
            }
        }
        """);

    [Fact]
    public Task Helpers_that_write_to_their_writer_parameter_are_sinks_where_they_are_handed_the_console_and_not_elsewhere() => Verify.VerifyAsync("""
        using System.IO;
        class Helpers
        {
            public static void ToStream(TextWriter writer, string value) => writer.WriteLine(value);
            public static async Task ToStreamAsync(string value, TextWriter writer) => await writer.WriteLineAsync($"Heard: {value}");
            public static void ToBytes(Stream stream, string value) => stream.Write(Encoding.UTF8.GetBytes(value));
            public static void Chain(TextWriter writer, string value) => ToStream(writer, value.Trim());
            public static void ToConsole(string value) => Chain(Console.Error, value);
        }
        class C
        {
            async Task M(StringWriter buffer, StreamWriter file, MemoryStream memory, SpeechRecognitionResult result, bool verbose)
            {
                var output = Console.Out;
                TextWriter quiet = buffer;
                Helpers.ToStream(output, {|RG1001:result.Text|});
                Helpers.ToStream(verbose ? Console.Error : buffer, {|RG1001:result.Text|});
                Helpers.ToStream(quiet, result.Text);
                Helpers.ToStream(verbose ? file : buffer, result.Text);
                Helpers.ToStream(Console.Out, {|RG1001:result.Text|});
                await Helpers.ToStreamAsync({|RG1001:result.Text|}, Console.Error);
                Helpers.ToBytes(Console.OpenStandardOutput(), {|RG1001:result.Text|});
                Helpers.Chain(Console.Out, {|RG1001:result.Text|});
                Helpers.ToConsole({|RG1001:result.Text|});
                Helpers.ToStream(Console.Out, result.Text.Length.ToString());
                Helpers.ToStream(buffer, result.Text);
                Helpers.ToStream(file, result.Text);
                Helpers.ToBytes(memory, result.Text);
                Helpers.Chain(buffer, result.Text);
            }
        }
        """);

    [Fact]
    public Task A_helper_handed_the_console_is_no_sink_when_the_console_is_not_one() => Verify.VerifyAsync("""
        class Helpers
        {
            public static void ToStream(System.IO.TextWriter writer, string value) => writer.WriteLine(value);
        }
        class C
        {
            void M(SpeechRecognitionResult result) => Helpers.ToStream(Console.Out, result.Text);
        }
        """, "release_gates.console_is_sink = false");

    // Without the SDK stubs, which declare loggers of their own and so make every Write a possible sink.
    [Fact]
    public Task A_helper_that_writes_to_the_console_without_naming_it_is_a_sink() =>
        AnalyzerVerifier<TranscriptReachesLogAnalyzer>.VerifyAsync("""
            using static System.Console;
            class RecognitionResult { public string Text { get; set; } = ""; }
            class Helpers
            {
                public static void Show(string value) => WriteLine(value);
            }
            class C
            {
                void M(RecognitionResult result) => Helpers.Show({|RG1001:result.Text|});
            }
            """);

    [Fact]
    public Task Methods_that_call_each_other_in_a_cycle_are_sinks_when_one_of_them_logs_and_not_otherwise() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                Ping(logger, {|RG1001:result.Text|}, 3);
                Quiet(result.Text, 3);
            }
            static void Ping(ILogger logger, string text, int n) { if (n > 0) Pong(logger, text, n - 1); }
            static void Pong(ILogger logger, string text, int n) { logger.LogInformation("{T}", text); Ping(logger, text, n); }
            static void Quiet(string text, int n) { if (n > 0) Quieter(text, n - 1); }
            static void Quieter(string text, int n) => Quiet(text.Trim(), n);
        }
        """);
}
