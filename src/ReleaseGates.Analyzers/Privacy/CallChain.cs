using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The methods, handlers and fields whose summaries are being computed, innermost first. Every evaluation that starts
/// another (a callee's summary, an event's raise sites, a field's writes) extends the chain, so the depth of the whole
/// nest is bounded and a member met again (recursion, <c>_a = _b; _b = _a</c>) is cut off rather than followed forever.
/// </summary>
internal sealed record CallChain(ISymbol Member, CallChain? Outer)
{
    /// <summary>How many evaluations may be nested: a call chain four methods deep, or a handler of an event raised with a field.</summary>
    public const int MaxDepth = 4;

    public int Depth { get; } = (Outer?.Depth ?? 0) + 1;

    public bool Contains(ISymbol member) =>
        SymbolEqualityComparer.Default.Equals(Member, member) || (Outer?.Contains(member) ?? false);

    /// <summary>Whether <paramref name="member"/> can be evaluated from here: not too deep, and not already being evaluated.</summary>
    public static bool CanEnter(CallChain? calls, ISymbol member) =>
        (calls?.Depth ?? 0) < MaxDepth && !(calls?.Contains(member) ?? false);
}
