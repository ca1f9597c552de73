namespace ReleaseGates.Simulation.Gates;

/// <summary>A gate on disk: its gates.json and how many utterances each slice holds.</summary>
internal sealed record WrittenGate(string GatesFile, IReadOnlyDictionary<string, int> SliceCounts)
{
    /// <summary>The key of the total count: overall results have no slice.</summary>
    public const string Overall = "";
}
