namespace ReleaseGates.Simulation.Reporting;

/// <summary>One measured rate: <paramref name="Count"/> of <paramref name="Gates"/> simulated gates, with its interval and target.</summary>
/// <param name="Target">Null for figures that inform rather than gate (pause rates under a regression, breakdowns).</param>
internal sealed record Figure(string Scenario, string Measure, int Count, int Gates, Target? Target = null, string Note = "")
{
    public double Rate => Gates == 0 ? double.NaN : (double)Count / Gates;

    public (double Low, double High) Interval => BinomialInterval.Of(Count, Gates);

    /// <summary>"met", "NOT met", with "(within noise)" when the interval still reaches the other side of the target.</summary>
    public string Verdict
    {
        get
        {
            if (Target is null || Gates == 0)
            {
                return Gates == 0 ? "not measured" : string.Empty;
            }

            var met = Target.IsMetBy(Rate);
            var (low, high) = Interval;
            var uncertain = met ? !Target.IsMetBy(Target.Comparison == "≤" ? high : low) : Target.IsMetBy(Target.Comparison == "≤" ? low : high);
            return (met ? "met" : "**NOT met**") + (uncertain ? " (within noise)" : string.Empty);
        }
    }
}
