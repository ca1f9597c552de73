using Microsoft.CognitiveServices.Speech;
using Microsoft.FeatureManagement;

namespace VoiceAgent.Speech;

/// <summary>
/// Chooses the agent's TTS voice for a call. support-voice-v4 speaks only while the rollback flag tts.support-voice.v4
/// (declared in gates.json release.rollback_flags) is on: switching the flag off rolls every new call back to v3
/// without a redeploy.
/// </summary>
internal sealed class VoiceSelection(IFeatureManager features)
{
    public const string CandidateFlag = "tts.support-voice.v4";

    public async Task SelectAsync(SpeechConfig config)
    {
        // The candidate's name is a constant, and that is fine: it is selected only behind the rollback flag (RG2001
        // would warn otherwise, and RG2002 if the flag were missing from gates.json). A flag that is off, missing from
        // configuration or unreadable is false, so the fallback is the baseline voice (RG2003 warns on a fallback that
        // keeps the candidate on while the flag service is down).
        if (await features.IsEnabledAsync(CandidateFlag))
        {
            config.SpeechSynthesisVoiceName = "support-voice-v4";
        }
        else
        {
            config.SpeechSynthesisVoiceName = "support-voice-v3";
        }
    }
}
