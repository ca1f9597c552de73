using Microsoft.CognitiveServices.Speech;

namespace VoiceAgent.Examples;

/// <summary>
/// A mistake the ReleaseGates analyzers catch while you type. It is left in on purpose so that `dotnet build` shows
/// the warning; the comment says what to write instead.
/// </summary>
internal static class WhatTheAnalyzersCatch
{
    public static void SwitchesVoiceWithoutAFlag(SpeechConfig config)
    {
        // RG2001 (on purpose): v4 is hard-coded and cannot be rolled back without a redeploy. Select it behind the
        // tts.support-voice.v4 flag, as Speech/VoiceSelection.cs does.
        config.SpeechSynthesisVoiceName = "support-voice-v4";
    }
}
