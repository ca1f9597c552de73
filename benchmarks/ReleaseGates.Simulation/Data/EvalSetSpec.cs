namespace ReleaseGates.Simulation.Data;

/// <summary>The shape of one simulated evaluation set: its tenants, whether utterances come in calls, and its slice dimensions.</summary>
/// <param name="Calls">Null: every utterance is independent of the others (no <c>group</c> field is written).</param>
/// <param name="ChannelSlices">Adds a second slice dimension, <c>channel:phone|app|web</c> (per call when there are calls).</param>
internal sealed record EvalSetSpec(IReadOnlyList<TenantSpec> Tenants, CallSpec? Calls = null, bool ChannelSlices = false)
{
    public int Utterances => Tenants.Sum(t => t.Utterances);

    /// <summary>The same set with one tenant's size changed (samples_needed follow-through).</summary>
    public EvalSetSpec WithTenantSize(string slice, int utterances) =>
        this with { Tenants = Tenants.Select(t => t.Slice == slice ? t with { Utterances = utterances } : t).ToList() };

    /// <summary>The same set with every tenant scaled by <paramref name="factor"/> (rounded up, so no tenant shrinks to nothing).</summary>
    public EvalSetSpec Scaled(double factor) =>
        this with { Tenants = Tenants.Select(t => t with { Utterances = (int)Math.Ceiling(t.Utterances * factor) }).ToList() };
}
