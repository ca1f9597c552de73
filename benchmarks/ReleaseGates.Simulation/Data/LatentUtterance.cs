namespace ReleaseGates.Simulation.Data;

/// <summary>
/// What is true of one utterance whichever model transcribes it: its words, its entities, how hard its audio is, where
/// it belongs, and the typical latencies its audio gets. Baseline and canary lines are drawn from it independently,
/// which is what makes the two sides a paired A/A sample.
/// </summary>
internal sealed class LatentUtterance
{
    public required string Id { get; init; }

    public required string[] ReferenceWords { get; init; }

    /// <summary>The reference as a pipeline writes it (sometimes capitalised and punctuated; the normaliser removes that).</summary>
    public required string ReferenceText { get; init; }

    public required string[] Entities { get; init; }

    /// <summary>The baseline model's per-word error probability on this audio: the latent difficulty.</summary>
    public required double ErrorRate { get; init; }

    public required int TenantIndex { get; init; }

    public required string[] Slices { get; init; }

    /// <summary>The call this utterance belongs to, or null when utterances are independent.</summary>
    public string? Group { get; init; }

    /// <summary>The canary's relative change of error rate on this utterance's call (0 without calls).</summary>
    public double CallEffect { get; init; }

    /// <summary>The first-partial latency this audio typically gets, in ms, before per-run noise.</summary>
    public required double FirstPartialBaseMs { get; init; }

    /// <summary>The final latency this audio typically gets (grows with its length), in ms, before per-run noise.</summary>
    public required double FinalBaseMs { get; init; }
}
