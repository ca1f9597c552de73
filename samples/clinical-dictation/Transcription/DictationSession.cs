using Microsoft.Extensions.Logging;

namespace ClinicalDictation.Transcription;

/// <summary>Transcribes one dictation and logs what operators need: sizes, timings, ids. Never the words.</summary>
public sealed class DictationSession(ModelSelection models, ILogger<DictationSession> logger)
{
    public async Task<string> TranscribeAsync(string sessionId, Stream audio, CancellationToken cancellationToken)
    {
        using var factory = await models.OpenAsync();
        using var processor = factory.CreateBuilder().WithLanguage("en").Build();

        var text = new System.Text.StringBuilder();
        var segments = 0;
        await foreach (var segment in processor.ProcessAsync(audio, cancellationToken))
        {
            text.Append(segment.Text);
            segments++;
        }

        var transcript = text.ToString();
        logger.LogInformation("Session {SessionId}: {Segments} segments, {Characters} characters", sessionId, segments, transcript.Length);
        return transcript;
    }
}
