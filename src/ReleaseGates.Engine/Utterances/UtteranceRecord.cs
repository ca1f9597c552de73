using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// What is kept of one utterance's texts once its line has been read: numbers only. The transcript text was
/// scored and dropped while the line was parsed; latencies and measures are in the side's <see cref="NumberFields"/>.
/// </summary>
internal struct UtteranceRecord
{
    /// <summary>What its texts scored: words, edits, entities, churn.</summary>
    public TextScore Score;

    /// <summary>A 32-bit hash of the normalised reference, odd; 0 when the line has none. Pairs must agree on it. 32
    /// bits keep the record at 48 bytes (with a 64-bit hash it was padded to 56): 16 MB less at a million a side, and a
    /// pair whose references differ still goes unnoticed only once in two billion.</summary>
    public uint ReferenceHash;

    /// <summary>The line's <c>group</c> in the side's group names; -1 when it has none (it is a group of its own).</summary>
    public int Group;

    /// <summary>Where this utterance's slice indexes start in the side's slice memberships.</summary>
    public int SliceStart;

    public int SliceCount;

    public int FileIndex;

    /// <summary>1-based line number in its file (for Parquet: the row, 1-based).</summary>
    public int Line;
}
