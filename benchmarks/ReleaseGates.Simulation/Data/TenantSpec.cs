namespace ReleaseGates.Simulation.Data;

/// <summary>
/// One tenant of the simulated product: its slice name (<c>tenant:NAME</c>), how many utterances of it the
/// evaluation set holds, and what is persistent about its audio (how hard it is, how far its region's servers are).
/// </summary>
/// <param name="Difficulty">Multiplies every utterance's error rate: a mean-one factor, so tenants differ around the product's WER.</param>
/// <param name="LatencyFactor">Multiplies every latency: a region or network that is slower for this tenant.</param>
internal sealed record TenantSpec(string Name, int Utterances, double Difficulty, double LatencyFactor)
{
    public string Slice => "tenant:" + Name;
}
