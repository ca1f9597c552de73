using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// A namespace given as its parts ("OpenFeature", "LaunchDarkly"), matched against a symbol's namespace without
/// building strings, so that a check on every call stays cheap. Sub-namespaces match too: LaunchDarkly covers the
/// server SDK (LaunchDarkly.Sdk.Server) and the client SDK (LaunchDarkly.Sdk.Client) in all their versions.
/// </summary>
internal sealed class NamespaceName
{
    private readonly string[] _parts;

    public NamespaceName(string dottedName) => _parts = dottedName.Split('.');

    public bool Contains(ISymbol? symbol)
    {
        var ns = symbol?.ContainingNamespace;
        var depth = 0;
        for (var n = ns; n is { IsGlobalNamespace: false }; n = n.ContainingNamespace)
        {
            depth++;
        }

        if (ns is null || depth < _parts.Length)
        {
            return false;
        }

        for (var skip = depth - _parts.Length; skip > 0; skip--)
        {
            ns = ns.ContainingNamespace;
        }

        for (var i = _parts.Length - 1; i >= 0; i--)
        {
            if (ns.Name != _parts[i])
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return true;
    }
}
