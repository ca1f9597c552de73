using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Common;

/// <summary>
/// A list of members from .editorconfig (<c>release_gates.transcript_members</c>, <c>log_sinks</c>,
/// <c>sanitizer_methods</c>, <c>model_selectors</c>, <c>flag_check_methods</c>): every list takes the same entries. An entry is a documentation-comment ID (<c>P:Contoso.Call.Notes</c>,
/// <c>M:Contoso.Audit.Write(System.String)</c>, <c>T:Contoso.Audit</c> for every member of a type) or a
/// dotted name without prefix (<c>Contoso.Audit.Write</c>: every overload; <c>Contoso.Audit</c>: every member).
/// Members of derived types and overrides match their base's entry.
/// </summary>
internal sealed class MemberList
{
    private readonly ImmutableHashSet<string> _documentationIds;
    private readonly ImmutableHashSet<string> _names;

    public MemberList(ImmutableArray<string> entries)
    {
        Entries = entries;
        var ids = ImmutableHashSet.CreateBuilder(StringComparer.Ordinal);
        var names = ImmutableHashSet.CreateBuilder(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Length > 2 && entry[1] == ':')
            {
                ids.Add(entry);
                if (entry[0] == 'T')
                {
                    names.Add(entry.Substring(2));
                }
            }
            else
            {
                names.Add(entry);
            }
        }

        _documentationIds = ids.ToImmutable();
        _names = names.ToImmutable();
    }

    public ImmutableArray<string> Entries { get; }

    public static MemberList Empty { get; } = new(ImmutableArray<string>.Empty);

    public bool IsEmpty => Entries.IsEmpty;

    public bool Contains(ISymbol member)
    {
        if (IsEmpty)
        {
            return false;
        }

        for (var current = member is IMethodSymbol { ReducedFrom: { } reduced } ? reduced : member; current is not null; current = Symbols.Overridden(current))
        {
            if (_documentationIds.Count > 0 && HasDeclarationId(current) && DocumentationCommentId.CreateDeclarationId(current.OriginalDefinition) is { } id
                && (_documentationIds.Contains(id) || _documentationIds.Contains(WithoutReturnType(id))))
            {
                return true;
            }

            for (var type = current.ContainingType; type is not null; type = type.BaseType)
            {
                var typeName = SymbolNames.FullName(type).Replace('+', '.');
                if (_names.Contains(typeName) || _names.Contains(typeName + "." + current.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Some Roslyn versions end a method's ID with "~ReturnType" (the documentation-comment form of conversion
    /// operators); people write the ID without it.
    /// </summary>
    private static string WithoutReturnType(string id)
    {
        var tilde = id.LastIndexOf('~');
        return tilde > 0 ? id.Substring(0, tilde) : id;
    }

    /// <summary>Lambdas, local functions and delegate invocations have no documentation-comment ID.</summary>
    private static bool HasDeclarationId(ISymbol member) =>
        member is not IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction or MethodKind.DelegateInvoke }
        && member.ContainingType is not null
        && member.Kind != SymbolKind.ErrorType;
}
