using ReleaseGates.Simulation.Gates;

namespace ReleaseGates.Simulation.Scenarios;

/// <summary>A number of gates of one kind: gate i is <see cref="SpecFor"/>(i) with a seed derived from the key and i.</summary>
/// <param name="Key">Names the batch in progress lines and folders, and seeds it: change it and the data change.</param>
internal sealed record GateBatch(string Key, int Count, Func<int, GateSpec> SpecFor);
