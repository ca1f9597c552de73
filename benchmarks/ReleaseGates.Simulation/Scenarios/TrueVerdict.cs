namespace ReleaseGates.Simulation.Scenarios;

/// <summary>
/// The verdict a result should settle to, known because the simulation planted the truth: <c>regressed</c> only for
/// the <c>wer</c> budget where the planted regression's expected effect is beyond its <c>allowed_delta</c> (on the
/// regressed slice, or overall where that slice's share of the words dilutes it); <c>pass</c> everywhere else — A/A
/// gates, mean-zero call effects, slices the canary did not touch, and effects within the allowance (exactly on it
/// continues, contract §3).
/// </summary>
internal static class TrueVerdict
{
    public static string For(FollowUpCandidate candidate)
    {
        var spec = candidate.Run.Spec;
        var result = candidate.Result;
        var budget = spec.Budgets.FirstOrDefault(b => b.Metric == result.Budget);
        if (spec.Canary.RegressedSlice is not { } regressed || result.Budget != "wer" || budget?.AllowedDelta is not { } allowed)
        {
            return "pass";
        }

        var counts = candidate.Run.SliceCounts;
        var effect = spec.Canary.RegressionPoints / 100;
        var trueDelta = result.Slice == regressed ? effect
            : result.Slice is null ? effect * counts.GetValueOrDefault(regressed) / counts[Gates.WrittenGate.Overall]
            : 0;
        return trueDelta > (double)allowed ? "regressed" : "pass";
    }
}
