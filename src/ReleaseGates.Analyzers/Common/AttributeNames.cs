using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReleaseGates.Analyzers.Common;

/// <summary>
/// ReleaseGates attributes are matched by simple name in any namespace, so that a team can declare its
/// own (or use the ones the package adds to the project) without a runtime dependency.
/// </summary>
internal static class AttributeNames
{
    public const string Transcript = "Transcript";
    public const string Redacts = "Redacts";
    public const string RawAudio = "RawAudio";
    public const string ModelSelector = "ModelSelector";
    public const string RollbackFlag = "RollbackFlag";

    public static bool Matches(INamedTypeSymbol? attributeClass, string name)
    {
        if (attributeClass is null)
        {
            return false;
        }

        var actual = attributeClass.Name;
        return actual.Length == name.Length + "Attribute".Length
            ? actual.StartsWith(name, System.StringComparison.Ordinal) && actual.EndsWith("Attribute", System.StringComparison.Ordinal)
            : actual == name;
    }

    public static AttributeData? Find(ISymbol symbol, string name)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (Matches(attribute.AttributeClass, name))
            {
                return attribute;
            }
        }

        return null;
    }

    public static bool Has(ISymbol symbol, string name) => Find(symbol, name) is not null;

    /// <summary>
    /// Whether some declaration of the compilation's own source carries the attribute (on a type, member or parameter).
    /// Only declarations are read, never a method body: the package compiles the attributes into every project, so that
    /// one is declared says nothing, and this is how a rule learns it has nothing to look for. Each tree is answered once
    /// (the trees of a compilation outlive it: an edit in the IDE makes a new compilation that shares every unchanged tree),
    /// and a tree whose text does not contain the name at all is not parsed into nodes.
    /// </summary>
    public static bool IsUsedInSource(Compilation compilation, params string[] names)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var uses = UsesByTree.GetValue(tree, static _ => new ConcurrentDictionary<string, bool>(System.StringComparer.Ordinal));
            foreach (var name in names)
            {
                if (uses.GetOrAdd(name, n => IsUsedIn(tree, n)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<string, bool>> UsesByTree = new();

    private static bool IsUsedIn(SyntaxTree tree, string name)
    {
        if (!SourceTextSearch.Contains(tree.GetText(), name))
        {
            return false;
        }

        foreach (var node in tree.GetRoot().DescendantNodes(static n => n is not (BlockSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax)))
        {
            if (node is AttributeSyntax attribute && NameOf(attribute.Name) is { } used
                && (used == name || (used.Length == name.Length + "Attribute".Length && used.StartsWith(name, System.StringComparison.Ordinal) && used.EndsWith("Attribute", System.StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static string? NameOf(NameSyntax name) => name switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };
}
