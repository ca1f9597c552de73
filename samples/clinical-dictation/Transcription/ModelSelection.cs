using Microsoft.FeatureManagement;
using Whisper.net;

namespace ClinicalDictation.Transcription;

/// <summary>
/// Chooses the ASR model for a session. v7 is on only while the rollback flag asr.clinical.v7 (declared in gates.json
/// release.rollback_flags) is on: switching the flag off rolls the model back without a redeploy.
/// </summary>
public sealed class ModelSelection(IFeatureManager features, ModelSettings settings)
{
    public const string CandidateFlag = "asr.clinical.v7";

    public async Task<WhisperFactory> OpenAsync()
    {
        if (await features.IsEnabledAsync(CandidateFlag))
        {
            return WhisperFactory.FromPath(settings.CandidateModelPath);
        }

        return WhisperFactory.FromPath(settings.BaselineModelPath);
    }
}
