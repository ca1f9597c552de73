namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// What is kept of one utterance's texts once its line has been read: numbers only. The transcript text was
/// scored and dropped while the line was parsed; latencies and measures are in the side's <see cref="NumberFields"/>.
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

    /// <summary>A 64-bit hash of the normalised reference, odd; 0 when the line has none. Pairs must agree on it.</summary>
    public ulong ReferenceHash;

    /// <summary>The line's <c>group</c> in the side's group names; -1 when it has none (it is a group of its own).</summary>
    public int Group;

    /// <summary>Where this utterance's slice indexes start in the side's slice memberships.</summary>
    public int SliceStart;

    public int SliceCount;

    public int FileIndex;

    /// <summary>1-based line number in its file (for Parquet: the row, 1-based).</summary>
    public int Line;
}
