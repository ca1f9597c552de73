using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The leaks of one operation block (a member body, a field initializer), found by one walk that RG1001-RG1003 share:
/// the first rule to reach the block asks each call, creation and property assignment whether it is a sink and finds
/// the leaks at the sinks; the other two read the answer. Three rules asking every operation each (as operation actions)
/// cost three times the asking, and the driver's dispatch of every callback besides.
/// </summary>
internal static class BlockLeaks
{
    public static IReadOnlyList<Leak> In(IOperation block, PrivacyRules rules) =>
        rules.BlockLeaks.TryGetValue(block, out var leaks) ? leaks : rules.BlockLeaks.GetValue(block, b => Find(b, rules));

    private static List<Leak> Find(IOperation block, PrivacyRules rules)
    {
        var leaks = new List<Leak>();
        foreach (var operation in block.DescendantsAndSelf())
        {
            if (operation.Kind is OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.SimpleAssignment
                && SinkSites.HasSiteShape(operation)
                && SinkSites.MayBeSink(operation, rules))
            {
                leaks.AddRange(LeakFinder.Find(operation, LocalFlow.For(operation, rules)));
            }
        }

        return leaks;
    }
}
