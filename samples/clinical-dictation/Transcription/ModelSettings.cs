namespace ClinicalDictation.Transcription;

/// <summary>Where the two model versions live; bound from configuration, so no model path is hard-coded.</summary>
public sealed class ModelSettings
{
    public required string BaselineModelPath { get; init; }

    public required string CandidateModelPath { get; init; }
}
