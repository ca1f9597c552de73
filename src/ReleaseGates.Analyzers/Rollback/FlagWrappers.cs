using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// A method, local function or property of this project whose body calls a flag SDK
/// (<c>Task&lt;bool&gt; UseCandidateAsync() =&gt; _features.IsEnabledAsync("asr.v7")</c>) is a flag check itself. Found by
/// the SDK method's name in the wrapper's syntax, one level deep, without binding the wrapper's body.
/// </summary>
internal static class FlagWrappers
{
    /// <summary>Names too common outside flag SDKs to recognise by name alone (ILogger.IsEnabled, dictionary GetValue).</summary>
    private static readonly HashSet<string> AmbiguousNames = new(System.StringComparer.Ordinal) { "IsEnabled", "GetValue" };

    public static FlagRead? Recognize(ISymbol member, ITypeSymbol returnType)
    {
        if (member.DeclaringSyntaxReferences.IsEmpty || member.Locations is not [{ IsInSource: true }, ..])
        {
            return null;
        }

        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax().DescendantNodes())
            {
                if (node is InvocationExpressionSyntax call && CalledName(call.Expression) is { } name
                    && FlagApis.IsSdkMethodName(name) && !AmbiguousNames.Contains(name))
                {
                    var (flagName, location) = FirstStringLiteral(call);
                    return new FlagRead(
                        FlagApis.ValueKind(returnType),
                        member.Name + " (" + name + ")",
                        flagName,
                        location,
                        FallbackDefault: null,
                        DeclaringSymbol: member);
                }
            }
        }

        return null;
    }

    private static string? CalledName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

    private static (string? Name, Location? Location) FirstStringLiteral(InvocationExpressionSyntax call)
    {
        foreach (var argument in call.ArgumentList.Arguments)
        {
            if (argument.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return (literal.Token.ValueText, literal.GetLocation());
            }
        }

        return (null, null);
    }
}
