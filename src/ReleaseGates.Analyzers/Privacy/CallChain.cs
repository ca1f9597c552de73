using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>The methods whose summaries are being computed, innermost first: bounds the depth and stops recursion.</summary>
internal sealed record CallChain(IMethodSymbol Method, CallChain? Outer)
{
    public int Depth { get; } = (Outer?.Depth ?? 0) + 1;

    public bool Contains(IMethodSymbol method) =>
        SymbolEqualityComparer.Default.Equals(Method, method) || (Outer?.Contains(method) ?? false);
}
