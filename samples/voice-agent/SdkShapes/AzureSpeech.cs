// The few members of the Azure AI Speech SDK (package Microsoft.CognitiveServices.Speech) this sample uses, with the
// SDK's own namespace, type and member names. The package is not on the package mirror this repository builds
// against (and it is mostly native libraries for every platform); the ReleaseGates analyzers match SDK members by
// their fully qualified names, so they see this code exactly as they would see it with the SDK. A real agent
// references the package and deletes this file. Nothing here runs: every member that would call the service throws.
namespace Microsoft.CognitiveServices.Speech;

internal sealed class SpeechConfig
{
    private SpeechConfig()
    {
    }

    /// <summary>The voice the synthesizer speaks with: a selector for the rollback rules (RG2001-RG2003).</summary>
    public string SpeechSynthesisVoiceName { get; set; } = string.Empty;

    public string SpeechSynthesisLanguage { get; set; } = string.Empty;

    public static SpeechConfig FromSubscription(string subscriptionKey, string region) => new();
}

internal enum ResultReason
{
    Canceled = 1,
    SynthesizingAudioCompleted = 10,
}

internal sealed class SpeechSynthesisResult
{
    public ResultReason Reason { get; init; }

    /// <summary>The synthesized audio: raw audio for the privacy rules (RG1003).</summary>
    public byte[] AudioData { get; init; } = [];
}

internal sealed class SpeechSynthesizer(SpeechConfig config) : IDisposable
{
    public SpeechConfig Config { get; } = config;

    public Task<SpeechSynthesisResult> SpeakTextAsync(string text) =>
        throw new NotSupportedException("a stand-in for the Azure AI Speech SDK: reference Microsoft.CognitiveServices.Speech");

    public void Dispose()
    {
    }
}
