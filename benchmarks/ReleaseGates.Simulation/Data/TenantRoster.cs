using ReleaseGates.Simulation.Randomness;

namespace ReleaseGates.Simulation.Data;

/// <summary>
/// The tenants of a simulated product: fixed for a scenario (tenants persist from release to release; their
/// utterances are drawn afresh for every gate). Sizes log-uniform over the range given — a few large tenants, many
/// small ones — difficulty and latency spread log-normally around the product's average.
/// </summary>
internal static class TenantRoster
{
    private static readonly string[] Names =
    {
        "acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "wonka", "tyrell", "cyberdyne",
        "soylent", "massive", "aperture", "blackmesa", "oscorp", "vandelay", "pendant", "duff", "krusty", "gringotts",
        "monarch", "nakatomi", "oceanic", "paper", "prestige", "rekall", "sirius", "spacely", "sterling", "strickland",
        "tricell", "veridian", "virtucon", "weyland", "zorg", "abstergo", "bluth", "dunder", "genco", "gekko",
        "hanso", "ingen", "kwik", "lacuna", "mooby", "nuka", "omni", "pied", "quartz", "roxxon",
    };

    public static IReadOnlyList<TenantSpec> Create(int count, int minUtterances, int maxUtterances, ulong seed)
    {
        if (count > Names.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"at most {Names.Length} tenants");
        }

        var random = new SimRandom(seed);
        return Enumerable.Range(0, count)
            .Select(i => new TenantSpec(
                Names[i],
                (int)Math.Round(random.LogUniform(minUtterances, maxUtterances)),
                random.LogNormalMeanOne(0.35),
                random.LogNormalMeanOne(0.15)))
            .ToList();
    }
}
