using Microsoft.CodeAnalysis;

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
}
