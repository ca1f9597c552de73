namespace ReleaseGates.Engine.Statistics;

/// <summary>What the statistics rule of contract §6 concludes about one allowance.</summary>
public enum IntervalVerdict
{
    /// <summary>The point estimate of the worsening is within the allowance.</summary>
    WithinAllowance,

    /// <summary>Even the best end of the interval is worse than the allowance: a regression with the configured confidence.</summary>
    Regressed,

    /// <summary>The point estimate is beyond the allowance but the interval still reaches it: too noisy to call (pause).</summary>
    Inconclusive,
}

/// <summary>
/// The statistics rule: a worsening counts as a regression only when the whole two-sided interval of the
/// worsening lies beyond the allowance. Compared in decimal, so exactly on the allowance is within it.
/// </summary>
public static class IntervalJudgement
{
    /// <param name="worsening">Point estimate of the worsening (delta for lower_is_better, -delta for higher_is_better).</param>
    /// <param name="bestWorsening">The interval end with the least worsening (ci_low for lower_is_better, -ci_high for higher_is_better).</param>
    /// <param name="allowance">The allowed worsening.</param>
    public static IntervalVerdict Judge(decimal worsening, decimal bestWorsening, decimal allowance) =>
        worsening <= allowance ? IntervalVerdict.WithinAllowance
        : bestWorsening > allowance ? IntervalVerdict.Regressed
        : IntervalVerdict.Inconclusive;
}
