using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Common;

/// <summary>
/// One cache per compilation, shared by every ReleaseGates analyzer: type lookups by metadata name
/// and each rule family's resolved context are computed once, not once per analyzer or per keystroke.
/// </summary>
internal sealed class CompilationSymbolCache
{
    private static readonly ConditionalWeakTable<Compilation, CompilationSymbolCache> Caches = new();

    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, object> _contexts = new();

    private CompilationSymbolCache(Compilation compilation) => Compilation = compilation;

    public Compilation Compilation { get; }

    public static CompilationSymbolCache For(Compilation compilation) =>
        Caches.GetValue(compilation, static c => new CompilationSymbolCache(c));

    /// <summary>The type with this metadata name, or null when the compilation does not reference it (or it is ambiguous).</summary>
    public INamedTypeSymbol? GetType(string metadataName)
    {
        if (!_types.TryGetValue(metadataName, out var type))
        {
            type = _types.GetOrAdd(metadataName, Compilation.GetTypeByMetadataName(metadataName));
        }

        return type;
    }

    /// <summary>A rule family's per-compilation context (its resolved symbols), created once.</summary>
    public T GetOrCreate<T>(Func<CompilationSymbolCache, T> create)
        where T : class
    {
        if (!_contexts.TryGetValue(typeof(T), out var context))
        {
            context = _contexts.GetOrAdd(typeof(T), create(this));
        }

        return (T)context;
    }
}
