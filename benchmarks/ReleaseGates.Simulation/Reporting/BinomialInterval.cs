namespace ReleaseGates.Simulation.Reporting;

/// <summary>
/// The Clopper–Pearson ("exact") interval of a binomial proportion (Clopper and Pearson, Biometrika 1934): the rates
/// p for which k successes in n trials are not in either 2.5 % tail. Conservative — it covers at least 95 % for every
/// p — which is what a claim like "A/A rollback ≤ 5 %" needs; found by bisection on the binomial tail.
/// </summary>
internal static class BinomialInterval
{
    public static (double Low, double High) Of(int successes, int trials, double confidence = 0.95)
    {
        if (trials == 0)
        {
            return (0, 1);
        }

        var tail = (1 - confidence) / 2;

        // Low: P(X >= k | p) = tail; High: P(X <= k | p) = tail. Both tails are monotone in p.
        var low = successes == 0 ? 0 : Bisect(p => 1 - Cdf(successes - 1, trials, p) < tail);
        var high = successes == trials ? 1 : Bisect(p => Cdf(successes, trials, p) > tail);
        return (low, high);
    }

    /// <summary>The largest p in [0, 1] for which <paramref name="below"/> holds (it holds for small p, then stops).</summary>
    private static double Bisect(Func<double, bool> below)
    {
        double low = 0, high = 1;
        for (var i = 0; i < 60; i++)
        {
            var middle = (low + high) / 2;
            if (below(middle))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }

    /// <summary>P(X ≤ k) for X ~ Binomial(n, p), summed in log space so n in the thousands neither overflows nor underflows.</summary>
    private static double Cdf(int k, int n, double p)
    {
        if (p <= 0)
        {
            return 1;
        }

        if (p >= 1)
        {
            return k >= n ? 1 : 0;
        }

        var sum = 0.0;
        var logChoose = 0.0;
        for (var i = 0; i <= k; i++)
        {
            if (i > 0)
            {
                logChoose += Math.Log(n - i + 1) - Math.Log(i);
            }

            sum += Math.Exp(logChoose + (i * Math.Log(p)) + ((n - i) * Math.Log(1 - p)));
        }

        return Math.Min(1, sum);
    }
}
