using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The leaks at one sink site, found once for RG1001-RG1003: the first rule to reach the site finds them, the other two
/// read the answer (each rule's operation action sees the same call, creation or assignment).
/// </summary>
internal static class SiteLeaks
{
    private static readonly IReadOnlyList<Leak> None = System.Array.Empty<Leak>();

    public static IReadOnlyList<Leak> At(IOperation site, PrivacyRules rules) =>
        rules.SiteLeaks.TryGetValue(site, out var leaks) ? leaks : rules.SiteLeaks.GetValue(site, s => Find(s, rules));

    private static IReadOnlyList<Leak> Find(IOperation site, PrivacyRules rules) =>
        SinkSites.MayBeSink(site, rules) ? LeakFinder.Find(site, LocalFlow.For(site, rules)) : None;
}
