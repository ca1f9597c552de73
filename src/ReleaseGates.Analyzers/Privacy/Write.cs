using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// A value stored into a local or parameter: <c>var t = x</c>, <c>t = x</c>, <c>t += x</c>, <c>sb.Append(x)</c>,
/// <c>foreach (var t in x)</c>. A strong write replaces what the variable held; a weak one adds to it.
/// </summary>
internal sealed class Write
{
    public Write(IOperation value, SyntaxNode at, bool strong)
    {
        Value = value;
        At = at;
        Strong = strong;
    }

    public IOperation Value { get; }

    /// <summary>The write takes effect at the end of this node; uses after it see the value.</summary>
    public SyntaxNode At { get; }

    public bool Strong { get; }

    public int Position => At.Span.End;
}
