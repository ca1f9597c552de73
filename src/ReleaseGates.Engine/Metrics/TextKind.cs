namespace ReleaseGates.Engine.Metrics;

/// <summary>What a text of an utterance is, and so what it is scored as.</summary>
internal enum TextKind
{
    Reference,
    Hypothesis,
    Entity,
    Partial,
}
