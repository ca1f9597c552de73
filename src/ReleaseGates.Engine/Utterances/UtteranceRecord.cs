namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// What is kept of one utterance once its line has been read: numbers only. The transcript text was
/// scored and dropped while the line was parsed.
/// </summary>
internal struct UtteranceRecord
{
    /// <summary>Words of the normalised reference (N of the WER).</summary>
    public int ReferenceWords;

    /// <summary>S + D + I of the minimum-edit alignment of hypothesis to reference.</summary>
    public int Edits;

    public int Entities;

    /// <summary>Entities whose words do not appear contiguously in the hypothesis.</summary>
    public int EntityMisses;

    /// <summary>Words taken back across the partials and the final hypothesis; 0 without partials.</summary>
    public int Erasures;

    /// <summary>Words of the final hypothesis when the line has <c>partials</c>, else -1 (no churn figure).</summary>
    public int ChurnWords;

    /// <summary>NaN when absent.</summary>
    public double FirstPartialMs;

    /// <summary>NaN when absent.</summary>
    public double FinalMs;

    /// <summary>Where this utterance's slice indexes start in <see cref="UtteranceSet.SliceMemberships"/>.</summary>
    public int SliceStart;

    public int SliceCount;

    public int FileIndex;

    /// <summary>1-based line number in its file.</summary>
    public int Line;
}
