using System.Text;
using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Common;

/// <summary>Names the SDK tables and configured member lists match against: namespace-qualified type names, without assembly or generic arguments.</summary>
internal static class SymbolNames
{
    /// <summary>"Microsoft.CognitiveServices.Speech.RecognitionResult", "System.Action`2"; nested types joined with '+'.</summary>
    public static string FullName(ITypeSymbol type)
    {
        var builder = new StringBuilder();
        Append(builder, type.OriginalDefinition);
        return builder.ToString();
    }

    /// <summary>True when the type, or one of its base types, has one of the full names (derived types included).</summary>
    public static bool IsOrDerivesFrom(ITypeSymbol? type, string fullName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name.Length > 0 && fullName.EndsWith(current.MetadataName, System.StringComparison.Ordinal) && FullName(current) == fullName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name a message shows for a member: "RecognitionResult.Text".</summary>
    public static string Short(ISymbol member) =>
        member.ContainingType is null ? member.Name : member.ContainingType.Name + "." + member.Name;

    /// <summary>Matches a name against a pattern where '*' stands for any run of characters.</summary>
    public static bool Glob(string pattern, string name) => Glob(pattern, 0, name, 0);

    private static bool Glob(string pattern, int p, string name, int n)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                for (var rest = n; rest <= name.Length; rest++)
                {
                    if (Glob(pattern, p + 1, name, rest))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (n >= name.Length || pattern[p] != name[n])
            {
                return false;
            }

            p++;
            n++;
        }

        return n == name.Length;
    }

    private static void Append(StringBuilder builder, ITypeSymbol type)
    {
        if (type.ContainingType is { } outer)
        {
            Append(builder, outer);
            builder.Append('+');
        }
        else if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            builder.Append(ns.ToDisplayString()).Append('.');
        }

        builder.Append(type.MetadataName);
    }
}
