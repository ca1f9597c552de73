using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Which fields, properties, methods (their return values), parameters and locals carry transcript text or audio by what
/// they are: the SDK table, <c>[Transcript]</c>/<c>[RawAudio]</c>, <c>release_gates.transcript_members</c>, and names.
/// Each answer is computed once per symbol.
/// </summary>
internal sealed class SourceMembers(PrivacyOptions options)
{
    private static readonly ILookup<string, KnownSource> ByMember = KnownSources.Members.ToLookup(s => s.Member, System.StringComparer.Ordinal);

    private readonly ConcurrentDictionary<ISymbol, Taint> _sources = new(SymbolEqualityComparer.Default);

    public Taint Of(ISymbol symbol) => _sources.GetOrAdd(symbol, Compute);

    private Taint Compute(ISymbol symbol)
    {
        symbol = Symbols.Unreduced(symbol);
        var type = Symbols.TypeOf(symbol);
        var isMember = symbol is IFieldSymbol or IPropertySymbol or IMethodSymbol;
        if (isMember && Known(symbol) is { IsClean: false } known)
        {
            return known;
        }

        if (Symbols.HasAttribute(symbol, AttributeNames.Transcript))
        {
            return new Taint(DataKind.Transcript, $"'{SymbolNames.Short(symbol)}', marked [{AttributeNames.Transcript}]");
        }

        if (Symbols.HasAttribute(symbol, AttributeNames.RawAudio))
        {
            return new Taint(DataKind.Audio, $"'{SymbolNames.Short(symbol)}', marked [{AttributeNames.RawAudio}]");
        }

        if (isMember && options.TranscriptMembers.Contains(symbol))
        {
            var kind = TypeShapes.IsAudioLike(type) ? DataKind.Audio : DataKind.Transcript;
            return new Taint(kind, $"'{SymbolNames.Short(symbol)}', listed in {ReleaseGatesOptions.TranscriptMembers}");
        }

        return options.NameHeuristics && symbol is IFieldSymbol or IPropertySymbol or IParameterSymbol or ILocalSymbol && !symbol.IsImplicitlyDeclared
            ? ByName(symbol, type)
            : Taint.Clean;
    }

    private static Taint ByName(ISymbol symbol, ITypeSymbol? type)
    {
        if (TypeShapes.IsTextLike(type))
        {
            if (NameHeuristics.SaysTranscript(symbol.Name))
            {
                return new Taint(DataKind.Transcript, $"'{symbol.Name}', whose name says it holds a transcript");
            }

            if (symbol is IFieldSymbol or IPropertySymbol && symbol.ContainingType is { } owner
                && NameHeuristics.IsTextMemberOfTranscriptType(symbol.Name, owner.Name))
            {
                return new Taint(DataKind.Transcript, $"'{SymbolNames.Short(symbol)}', the text of a speech recognition result");
            }
        }

        return TypeShapes.IsAudioLike(type) && NameHeuristics.SaysAudio(symbol.Name)
            ? new Taint(DataKind.Audio, $"'{symbol.Name}', whose name says it holds audio")
            : Taint.Clean;
    }

    private static Taint Known(ISymbol member)
    {
        if (!ByMember.Contains(member.Name))
        {
            return Taint.Clean;
        }

        for (var type = member.ContainingType; type is not null; type = type.BaseType)
        {
            var typeName = SymbolNames.FullName(type);
            foreach (var source in ByMember[member.Name])
            {
                if (SymbolNames.Glob(source.TypePattern, typeName))
                {
                    return new Taint(source.Kind, $"{type.Name}.{member.Name} ({source.Sdk})");
                }
            }
        }

        return Taint.Clean;
    }
}
