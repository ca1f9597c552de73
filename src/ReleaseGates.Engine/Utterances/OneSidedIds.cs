namespace ReleaseGates.Engine.Utterances;

/// <summary>The utterances of one side whose id the other side lacks: how many, and the first few ids in reading order.</summary>
internal sealed record OneSidedIds(int Count, IReadOnlyList<string> Examples);
