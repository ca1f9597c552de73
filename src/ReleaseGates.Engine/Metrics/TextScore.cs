namespace ReleaseGates.Engine.Metrics;

/// <summary>The numbers one utterance's texts are reduced to.</summary>
internal struct TextScore
{
    public int ReferenceWords;
    public int Edits;
    public int Entities;
    public int EntityMisses;
    public int Erasures;
    public int ChurnWords;
}
