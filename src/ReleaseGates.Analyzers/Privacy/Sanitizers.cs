using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Methods whose result carries no content: Microsoft.Extensions.Compliance redactors, methods marked <c>[Redacts]</c>,
/// and <c>release_gates.sanitizer_methods</c>. A method is a sanitizer by its marking, never by its name: an unmarked
/// <c>Hash(text)</c> or <c>Mask(text)</c> of the project is followed like any other method.
/// </summary>
internal sealed class Sanitizers(PrivacyOptions options)
{
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _sanitizers = new(SymbolEqualityComparer.Default);

    public bool Contains(IMethodSymbol method) => _sanitizers.GetOrAdd(method, Compute);

    private bool Compute(IMethodSymbol method)
    {
        var unreduced = (IMethodSymbol)Symbols.Unreduced(method);
        return Symbols.HasAttribute(unreduced, AttributeNames.Redacts)
            || options.SanitizerMethods.Contains(unreduced)
            || (unreduced.Name.StartsWith("Redact", System.StringComparison.Ordinal)
                && SymbolNames.IsOrDerivesFrom(unreduced.ContainingType, RedactorFinder.ComplianceRedactor));
    }
}
