namespace ReleaseGates.Engine.Statistics;

/// <summary>The per-utterance numbers the bootstrap resamples, both sides of one pair side by side so that a
/// resample streams through one array.</summary>
internal struct PairFigures
{
    public int BaselineEdits;
    public int BaselineWords;
    public int CanaryEdits;
    public int CanaryWords;
    public int BaselineEntityMisses;
    public int BaselineEntities;
    public int CanaryEntityMisses;
    public int CanaryEntities;
}
