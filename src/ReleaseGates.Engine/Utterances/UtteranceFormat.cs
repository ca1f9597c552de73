namespace ReleaseGates.Engine.Utterances;

/// <summary>How per-utterance files spell their fields (gates.json <c>"format"</c>).</summary>
public enum UtteranceFormat
{
    /// <summary>Our JSON Lines, or Parquet with the same field names (contract §6, §8, §10).</summary>
    Lines,

    /// <summary>NeMo manifests: <c>audio_filepath</c> (or <c>id</c>), <c>text</c>, <c>pred_text</c>, other numbers and booleans as measures.</summary>
    Nemo,
}
