using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// Decides whether a selector's value is hard-coded: a literal, a const, a constant interpolation or concatenation, a
/// static readonly field (or get-only static property) initialised with a literal — directly, or through locals,
/// conditional expressions and switch expressions whose every outcome is one of those. A value that comes from a
/// parameter, configuration, options or a flag variant (anything computed at run time) is not hard-coded.
/// </summary>
internal static class HardCodedValue
{
    private const int MaxLocalDepth = 4;

    /// <summary>The operations that produce the constants reaching <paramref name="value"/>; empty when it is not hard-coded.</summary>
    public static IReadOnlyList<IOperation> Origins(IOperation value)
    {
        var origins = new List<IOperation>();
        return Collect(value, origins, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default))
            ? origins
            : System.Array.Empty<IOperation>();
    }

    /// <summary>The text of a constant origin when it is a string (the model id), else null.</summary>
    public static string? Text(IOperation origin) =>
        origin.ConstantValue is { HasValue: true, Value: string text } ? text : LiteralInitializer(origin) as string;

    /// <summary>How a constant origin reads in a message: "\"asr-v7\"", "\"asr-v7\" (Models.Candidate)", "ModelVersion.V7".</summary>
    public static string Describe(IOperation origin)
    {
        var text = Text(origin);
        if (text is null)
        {
            return origin.Syntax.ToString();
        }

        var quoted = "\"" + text + "\"";
        return origin.Syntax is LiteralExpressionSyntax ? quoted : quoted + " (" + origin.Syntax + ")";
    }

    private static bool Collect(IOperation value, List<IOperation> origins, HashSet<ILocalSymbol> visiting)
    {
        value = value.WalkDownConversion();
        if (value.ConstantValue is { HasValue: true, Value: not null } || LiteralInitializer(value) is not null)
        {
            origins.Add(value);
            return true;
        }

        switch (value)
        {
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Collect(conditional.WhenTrue, origins, visiting) && Collect(whenFalse, origins, visiting);

            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    if (!Collect(arm.Value, origins, visiting))
                    {
                        return false;
                    }
                }

                return switchExpression.Arms.Length > 0;

            case ILocalReferenceOperation reference when !reference.Local.IsRef && visiting.Count < MaxLocalDepth && visiting.Add(reference.Local):
                var assigned = LocalAssignments.Of(reference);
                if (assigned.Count == 0)
                {
                    return false;
                }

                foreach (var assignedValue in assigned)
                {
                    if (assignedValue is null || !Collect(assignedValue, origins, visiting))
                    {
                        return false;
                    }
                }

                return true;

            default:
                return false;
        }
    }

    /// <summary>The literal a static readonly field, or a get-only static property, is initialised with; null otherwise.</summary>
    private static object? LiteralInitializer(IOperation operation)
    {
        ISymbol? member = operation switch
        {
            IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true, IsConst: false } field } => field,
            IPropertyReferenceOperation { Property: { IsStatic: true, SetMethod: null } property } => property,
            _ => null,
        };
        if (member is null || member.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var expression = member.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax { AccessorList: null } property => property.ExpressionBody?.Expression,
            PropertyDeclarationSyntax property when IsAutoGetter(property) => property.Initializer?.Value,
            _ => null,
        };
        return expression is LiteralExpressionSyntax literal && !literal.IsKind(SyntaxKind.NullLiteralExpression)
            ? literal.Token.Value
            : null;
    }

    private static bool IsAutoGetter(PropertyDeclarationSyntax property)
    {
        foreach (var accessor in property.AccessorList!.Accessors)
        {
            if (accessor.Body is not null || accessor.ExpressionBody is not null)
            {
                return false;
            }
        }

        return true;
    }
}
