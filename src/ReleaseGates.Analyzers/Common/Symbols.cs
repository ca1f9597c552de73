using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Common;

/// <summary>Small questions about symbols that several rules ask.</summary>
internal static class Symbols
{
    /// <summary>The static method an extension method call was reduced from, or the symbol's original definition.</summary>
    public static ISymbol Unreduced(ISymbol symbol) => symbol is IMethodSymbol { ReducedFrom: { } reduced } ? reduced : symbol.OriginalDefinition;

    public static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };

    /// <summary>The type of a field, property, parameter or local, or a method's return type.</summary>
    public static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        IParameterSymbol parameter => parameter.Type,
        ILocalSymbol local => local.Type,
        IMethodSymbol method => method.ReturnType,
        _ => null,
    };

    /// <summary>The attribute (matched by simple name) on the symbol, on what it overrides, or on a method's return value.</summary>
    public static bool HasAttribute(ISymbol symbol, string name)
    {
        for (var current = symbol; current is not null; current = Overridden(current))
        {
            if (AttributeNames.Has(current, name)
                || (current is IMethodSymbol method && method.GetReturnTypeAttributes().Any(a => AttributeNames.Matches(a.AttributeClass, name))))
            {
                return true;
            }
        }

        return false;
    }
}
