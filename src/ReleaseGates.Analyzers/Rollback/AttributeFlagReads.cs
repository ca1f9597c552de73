using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// Flags declared by attributes: <c>[FeatureGate("f")]</c> (Microsoft.FeatureManagement) and <c>[RollbackFlag("f")]</c>,
/// both matched by simple name in any namespace. Code under such an attribute only runs when the flag is on.
/// </summary>
internal static class AttributeFlagReads
{
    public const string FeatureGate = "FeatureGate";

    /// <summary>The flag reads that the attributes of <paramref name="symbol"/> stand for (one per flag name, or one unnamed).</summary>
    public static void Collect(ISymbol symbol, RollbackSymbols symbols, List<FlagRead> found)
    {
        if (!symbols.FeatureGateAttributeExists && !symbols.RollbackFlagAttributeExists)
        {
            return;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            string api;
            if (AttributeNames.Matches(attribute.AttributeClass, FeatureGate))
            {
                api = "[FeatureGate]";
            }
            else if (AttributeNames.Matches(attribute.AttributeClass, AttributeNames.RollbackFlag))
            {
                api = "[RollbackFlag]";
            }
            else
            {
                continue;
            }

            var before = found.Count;
            foreach (var (name, location) in Names(attribute))
            {
                found.Add(new FlagRead(FlagValueKind.Boolean, api, name, location, FallbackDefault: null, DeclaringSymbol: symbol));
            }

            if (found.Count == before)
            {
                found.Add(new FlagRead(FlagValueKind.Boolean, api, FlagName: null, FlagNameLocation: null, FallbackDefault: null, DeclaringSymbol: symbol));
            }
        }
    }

    /// <summary>The flag names an attribute's constructor arguments hold (params arrays included), each with where it is written.</summary>
    public static IEnumerable<(string Name, Location Location)> Names(AttributeData attribute)
    {
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax;
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Array)
            {
                foreach (var element in argument.Values)
                {
                    if (element.Value is string elementName)
                    {
                        yield return (elementName, LocationOf(syntax, elementName));
                    }
                }
            }
            else if (argument.Value is string name)
            {
                yield return (name, LocationOf(syntax, name));
            }
        }
    }

    private static Location LocationOf(AttributeSyntax? syntax, string name)
    {
        if (syntax is null)
        {
            return Location.None;
        }

        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals is null && argument.Expression is LiteralExpressionSyntax literal && literal.Token.ValueText == name)
            {
                return argument.Expression.GetLocation();
            }
        }

        return syntax.GetLocation();
    }
}
