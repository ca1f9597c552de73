using System.Diagnostics;
using Microsoft.CognitiveServices.Speech;
using Microsoft.Extensions.Logging;

namespace VoiceAgent.Speech;

/// <summary>
/// Speaks the agent's reply in the voice <see cref="VoiceSelection"/> chose, and logs what operators need to see a
/// voice regress: the time to the first audio, sizes, the call id. Never the words and never the audio.
/// </summary>
internal sealed class ReplySpeaker(VoiceSelection voices, SpeechConfig config, ILogger<ReplySpeaker> logger)
{
    public async Task<byte[]> SpeakAsync(string callId, string reply)
    {
        await voices.SelectAsync(config);
        using var synthesizer = new SpeechSynthesizer(config);
        var clock = Stopwatch.StartNew();
        var result = await synthesizer.SpeakTextAsync(reply);
        logger.LogInformation(
            "Call {CallId}: {Voice} spoke {Characters} characters as {Bytes} bytes in {Milliseconds} ms ({Reason})",
            callId, config.SpeechSynthesisVoiceName, reply.Length, result.AudioData.Length, clock.ElapsedMilliseconds, result.Reason);
        return result.AudioData;
    }
}
