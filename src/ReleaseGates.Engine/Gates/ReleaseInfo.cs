namespace ReleaseGates.Engine.Gates;

/// <summary>gates.json <c>release</c>: metadata echoed in every report, and the flags that switch the candidate off.</summary>
public sealed record ReleaseInfo(string? Model, string? Baseline, string? Candidate, IReadOnlyList<string> RollbackFlags)
{
    public static readonly ReleaseInfo Empty = new(null, null, null, Array.Empty<string>());

    /// <summary>"asr-clinical-v7 (flag asr.clinical.v7)": what a rollback switches off.</summary>
    public string CandidateWithFlags =>
        (Candidate ?? "the candidate") + (RollbackFlags.Count == 0 ? string.Empty : $" (flag {string.Join(", ", RollbackFlags)})");
}
