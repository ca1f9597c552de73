using Verify = ReleaseGates.Analyzers.Tests.Privacy.PrivacyVerifier<ReleaseGates.Analyzers.Privacy.AudioReachesLogAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>Contract, RG1003: raw audio bytes or an audio stream reach a log or telemetry sink.</summary>
public sealed class AudioReachesLogAnalyzerTests
{
    [Fact]
    public Task Synthesized_audio_data_reaching_a_log_is_reported() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechSynthesisResult result)
            {
                logger.LogDebug("Audio {Audio}", {|RG1003:result.AudioData|});
                logger.LogDebug("Audio {Audio}", {|RG1003:Convert.ToBase64String(result.AudioData)|});
                var audio = result.AudioData;
                Activity.Current?.SetTag("tts.audio", {|RG1003:audio|});
            }
        }
        """);

    [Fact]
    public Task Audio_streams_and_buffers_named_audio_are_reported() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, AudioDataStream stream, byte[] pcmBuffer, System.IO.Stream audioStream, [RawAudio] ReadOnlyMemory<byte> frame, Azure.Communication.CallAutomation.AudioData media)
            {
                logger.LogDebug("{S}", {|RG1003:stream|});
                logger.LogDebug("{B}", {|RG1003:BitConverter.ToString(pcmBuffer)|});
                logger.LogDebug("{S}", {|RG1003:audioStream|});
                logger.LogDebug("{F}", {|RG1003:frame|});
                Console.WriteLine({|RG1003:media.Data|});
            }
        }
        """);

    [Fact]
    public Task Byte_counts_durations_and_formats_of_audio_are_not_reported() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechSynthesisResult result, byte[] pcmBuffer, string audioFormat, Azure.Communication.CallAutomation.AudioData media)
            {
                logger.LogDebug("Synthesized {Bytes} bytes, {Duration}, {Id}", result.AudioData.Length, result.AudioDuration, result.ResultId);
                logger.LogDebug("{Bytes} {Format} {Silent}", pcmBuffer.Length, audioFormat, media.IsSilent);
            }
        }
        """);

    [Fact]
    public Task Transcripts_are_not_RG1003() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation(result.Text);
        }
        """);

    [Fact]
    public Task Audio_in_an_exception_message_is_not_RG1003() => Verify.VerifyAsync("""
        class C
        {
            void M(SpeechSynthesisResult result) => throw new InvalidOperationException(Convert.ToBase64String(result.AudioData));
        }
        """);

    [Fact]
    public Task The_message_says_what_leaked_where_and_what_to_do() => Verify.VerifyAsync(
        """
        class C
        {
            void M(ILogger logger, SpeechSynthesisResult result) => logger.LogDebug("{Audio}", {|#0:result.AudioData|});
        }
        """,
        Verify.Diagnostic("RG1003").WithLocation(0).WithMessage(
            "Raw audio 'result.AudioData' (from SpeechSynthesisResult.AudioData (Azure AI Speech)) reaches the log via ILogger.LogDebug: log its byte count or duration instead"));
}
