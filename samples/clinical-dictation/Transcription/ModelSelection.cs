using Microsoft.FeatureManagement;
using Whisper.net;

namespace ClinicalDictation.Transcription;

/// <summary>
/// Chooses the ASR model for a session. v7 is on only while the rollback flag asr.clinical.v7 (declared in gates.json
/// release.rollback_flags) is on: switching the flag off rolls the model back without a redeploy.
/// </summary>
public sealed class ModelSelection(IFeatureManager features)
{
    public const string CandidateFlag = "asr.clinical.v7";

    public async Task<WhisperFactory> OpenAsync()
    {
        // The candidate's path is a constant, and that is fine: it is selected only behind the rollback flag (RG2001
        // would warn otherwise, and RG2002 if the flag were missing from gates.json).
        if (await features.IsEnabledAsync(CandidateFlag))
        {
            return WhisperFactory.FromPath("models/asr-clinical-v7.bin");
        }

        return WhisperFactory.FromPath("models/asr-clinical-v6.bin");
    }
}
