namespace ReleaseGates.Simulation.Data;

/// <summary>
/// The factor on a slice's per-word error rates that raises its expected WER by exactly the wanted points. A
/// multiplicative regression, not an additive one, because real regressions hit hard audio hardest; solved by
/// bisection because rates are capped, so a plain ratio would fall short on slices with very hard utterances.
/// </summary>
internal static class RegressionScale
{
    public static double For(IReadOnlyList<LatentUtterance> slice, double increase, double maxRate)
    {
        if (increase <= 0 || slice.Count == 0)
        {
            return 1;
        }

        var words = slice.Sum(u => (double)u.ReferenceWords.Length);
        double ExpectedWer(double scale) => slice.Sum(u => Math.Min(maxRate, u.ErrorRate * scale) * u.ReferenceWords.Length) / words;

        var target = ExpectedWer(1) + increase;
        double low = 1, high = 2;
        while (ExpectedWer(high) < target && high < 1e6)
        {
            high *= 2;
        }

        for (var i = 0; i < 60; i++)
        {
            var middle = (low + high) / 2;
            (ExpectedWer(middle) < target ? ref low : ref high) = middle;
        }

        return high;
    }
}
