using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Which types carry a transcript or audio as a whole: what a serializer, a destructuring logger or a generated
/// <c>ToString()</c> shows of them. A type carries what its public instance members carry, down to four levels
/// (a speech SDK's response: its results, their channels, their alternatives, their transcript — Deepgram's
/// <c>SyncResponse.Results.Channels[i].Alternatives[j].Transcript</c>), through collections, tasks and the SDKs' result
/// wrappers. Each answer is computed once per type.
/// </summary>
internal sealed class CarrierTypes(SourceMembers sources)
{
    private const int MaxLevels = 4;

    private readonly ConcurrentDictionary<ITypeSymbol, Taint> _carried = new(SymbolEqualityComparer.Default);

    /// <summary>What a value of this type carries as a whole: a recognition result, a list of Whisper segments, an AudioDataStream.</summary>
    public Taint CarriedBy(ITypeSymbol? type) => type is null || TypeShapes.IsContentFree(type) || type.SpecialType == SpecialType.System_String
        ? Taint.Clean
        : _carried.TryGetValue(type, out var carried) ? carried : _carried.GetOrAdd(type, t => Compute(t, MaxLevels, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)));

    private Taint Compute(ITypeSymbol type, int levels, HashSet<ITypeSymbol> visiting)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return Nested(array.ElementType, levels, visiting);
            case INamedTypeSymbol { IsGenericType: true } generic when IsWrapper(generic):
                foreach (var argument in generic.TypeArguments)
                {
                    if (Nested(argument, levels, visiting) is { IsClean: false } carried)
                    {
                        return carried;
                    }
                }

                return Taint.Clean;
        }

        foreach (var audioType in KnownSources.AudioTypes)
        {
            if (SymbolNames.IsOrDerivesFrom(type, audioType.TypePattern))
            {
                return new Taint(DataKind.Audio, $"{type.Name} ({audioType.Sdk})");
            }
        }

        if (IsFramework(type) || TypeShapes.IsContentFree(type) || type.TypeKind is TypeKind.Delegate or TypeKind.TypeParameter or TypeKind.Error
            || levels == 0 || !visiting.Add(type))
        {
            return Taint.Clean;
        }

        foreach (var member in InstanceDataMembers(type))
        {
            if (sources.Of(member) is { IsClean: false } source)
            {
                return source;
            }
        }

        // Further down: event args whose Result is a recognition result, a response whose results hold alternatives.
        foreach (var member in InstanceDataMembers(type))
        {
            if (Symbols.TypeOf(member) is { } memberType && Nested(memberType, levels - 1, visiting) is { IsClean: false } inner)
            {
                return new Taint(inner.Kind, $"{type.Name}.{member.Name}, which carries {inner.Origin}");
            }
        }

        return Taint.Clean;
    }

    private Taint Nested(ITypeSymbol type, int levels, HashSet<ITypeSymbol> visiting) =>
        TypeShapes.IsContentFree(type) || type.SpecialType == SpecialType.System_String ? Taint.Clean : Compute(type, levels, visiting);

    /// <summary>
    /// Generic types whose value is their type arguments' values: collections, tasks, nullables, pairs, tuples and the
    /// SDKs' result wrappers (Azure <c>Response&lt;T&gt;</c>, <c>ClientResult&lt;T&gt;</c>). Not <c>ILogger&lt;T&gt;</c> or a delegate.
    /// </summary>
    private static bool IsWrapper(INamedTypeSymbol generic) =>
        generic.TypeKind != TypeKind.Delegate
        && (TypeShapes.IsCollection(generic)
            || generic.IsTupleType
            || generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
            || generic.Name is "Task" or "ValueTask" or "KeyValuePair" or "Tuple" or "Lazy" or "Response" or "ClientResult" or "NullableResponse");

    /// <summary>The public instance fields and properties: what a serializer, a destructuring logger or a record's ToString shows.</summary>
    private static IEnumerable<ISymbol> InstanceDataMembers(ITypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (!member.IsStatic && !member.IsImplicitlyDeclared && member.DeclaredAccessibility == Accessibility.Public
                    && (member is IFieldSymbol || member is IPropertySymbol { IsIndexer: false }))
                {
                    yield return member;
                }
            }
        }
    }

    /// <summary>BCL types carry nothing by themselves (a string is tainted by flow, not by type).</summary>
    private static bool IsFramework(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is null || ns.IsGlobalNamespace ? type.SpecialType != SpecialType.None : ns.Name is "System";
    }
}
