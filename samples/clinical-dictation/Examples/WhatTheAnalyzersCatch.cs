using Microsoft.Extensions.Logging;
using Whisper.net;

namespace ClinicalDictation.Examples;

/// <summary>
/// Two mistakes the ReleaseGates analyzers catch while you type. They are left in on purpose so that
/// `dotnet build` shows the warnings; each comment says what to write instead.
/// </summary>
public static class WhatTheAnalyzersCatch
{
    public static void LogsTheTranscript(ILogger logger, SegmentData segment)
    {
        // RG1001: the recognized text goes into the log. Log segment.Text.Length (or redact it) instead.
        logger.LogInformation("Recognized: {Text}", segment.Text);
    }

    public static WhisperFactory SwitchesModelWithoutAFlag()
    {
        // RG2001: v7 is hard-coded and cannot be rolled back without a redeploy. Select it behind the asr.clinical.v7
        // flag, as Transcription/ModelSelection.cs does.
        return WhisperFactory.FromPath("models/asr-clinical-v7.bin");
    }
}
