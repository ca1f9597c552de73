using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Parquet;

/// <summary>The host's one call: after it, <c>utterances</c> patterns may match Parquet files.</summary>
public static class ParquetUtterances
{
    /// <summary>Registers the Parquet reader with the engine for files ending in ".parquet". Idempotent, thread-safe.</summary>
    public static void Register() =>
        UtteranceFileFormats.Register(UtteranceFileFormats.ParquetExtension, ParquetUtteranceReader.Instance);
}
