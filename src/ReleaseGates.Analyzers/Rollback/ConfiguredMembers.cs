using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// Members named in an .editorconfig list (<c>release_gates.model_selectors</c>, <c>release_gates.flag_check_methods</c>),
/// either as documentation-comment IDs (<c>M:Contoso.Asr.ModelLoader.Load(System.String)</c>, <c>P:Contoso.Tts.Options.Voice</c>)
/// or as <c>Namespace.Type.Member</c> (every overload). Each distinct option value is resolved once per compilation.
/// </summary>
internal sealed class ConfiguredMembers
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, ImmutableHashSet<ISymbol>> _resolved = new(System.StringComparer.Ordinal);

    public ConfiguredMembers(Compilation compilation) => _compilation = compilation;

    /// <summary>The members the option names for this file; empty when the option is not set.</summary>
    public ImmutableHashSet<ISymbol> Get(AnalyzerConfigOptions options, string key)
    {
        if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return ImmutableHashSet<ISymbol>.Empty;
        }

        return _resolved.GetOrAdd(value, _ => Resolve(ReleaseGatesOptions.GetList(options, key)));
    }

    public static bool Contains(ImmutableHashSet<ISymbol> members, ISymbol? symbol) =>
        symbol is not null && members.Count > 0 && members.Contains(symbol.OriginalDefinition);

    private ImmutableHashSet<ISymbol> Resolve(ImmutableArray<string> entries)
    {
        var builder = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var entry in entries)
        {
            if (entry.Length > 2 && entry[1] == ':')
            {
                builder.UnionWith(DocumentationCommentId.GetSymbolsForDeclarationId(entry, _compilation));
                continue;
            }

            var lastDot = entry.LastIndexOf('.');
            if (lastDot <= 0 || lastDot == entry.Length - 1)
            {
                continue;
            }

            var type = _compilation.GetTypeByMetadataName(entry.Substring(0, lastDot));
            if (type is not null)
            {
                builder.UnionWith(type.GetMembers(entry.Substring(lastDot + 1)));
            }
        }

        return builder.ToImmutable();
    }
}
