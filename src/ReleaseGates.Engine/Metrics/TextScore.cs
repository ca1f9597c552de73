namespace ReleaseGates.Engine.Metrics;

/// <summary>The numbers one utterance's texts are reduced to.</summary>
internal struct TextScore
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
}
