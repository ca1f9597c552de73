using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The project's redactor, as close to the leak as it can be found: a Microsoft.Extensions.Compliance
/// <c>Redactor</c> parameter or member, a <c>[Redacts]</c> method of the type, a configured sanitizer, and (for
/// the code fix, which may take longer) any accessible static <c>[Redacts]</c> method of the compilation.
/// </summary>
internal static class RedactorFinder
{
    public const string ComplianceRedactor = "Microsoft.Extensions.Compliance.Redaction.Redactor";

    /// <param name="within">The method (or other member) that contains the leak.</param>
    /// <param name="compilation">Where configured sanitizers are resolved.</param>
    /// <param name="options">The file's configuration (release_gates.sanitizer_methods).</param>
    /// <param name="searchCompilation">Also look through every [Redacts] method of the compilation (code fixes only).</param>
    public static RedactorCall? Find(ISymbol within, Compilation compilation, PrivacyOptions options, bool searchCompilation)
    {
        var isStaticContext = within.IsStatic;
        if (within is IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (IsComplianceRedactor(parameter.Type))
                {
                    return new RedactorCall(parameter.Name + ".Redact", parameter.Name + ".Redact");
                }
            }
        }

        for (var type = within.ContainingType; type is not null; type = type.ContainingType)
        {
            foreach (var member in type.GetMembers())
            {
                if (member.IsStatic || !isStaticContext)
                {
                    if ((member is IFieldSymbol { Type: var fieldType } && IsComplianceRedactor(fieldType))
                        || (member is IPropertySymbol { Type: var propertyType } && IsComplianceRedactor(propertyType)))
                    {
                        return new RedactorCall(member.Name + ".Redact", member.Name + ".Redact");
                    }

                    if (member is IMethodSymbol candidate && IsStringRedactor(candidate))
                    {
                        return new RedactorCall(candidate.Name, candidate.Name);
                    }
                }
            }

            isStaticContext |= type.IsStatic;
        }

        foreach (var entry in options.SanitizerMethods.Entries)
        {
            if (Resolve(entry, compilation) is { } sanitizer)
            {
                return Static(sanitizer);
            }
        }

        if (searchCompilation)
        {
            var found = compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member)
                .OfType<IMethodSymbol>()
                .FirstOrDefault(m => m.IsStatic && IsStringRedactor(m) && compilation.IsSymbolAccessibleWithin(m, within.ContainingType ?? (ISymbol)compilation.Assembly));
            if (found is not null)
            {
                return Static(found);
            }
        }

        return null;
    }

    public static bool IsComplianceRedactor(ITypeSymbol? type) => SymbolNames.IsOrDerivesFrom(type, ComplianceRedactor);

    /// <summary>A [Redacts] method that takes the text and returns the redacted text.</summary>
    private static bool IsStringRedactor(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary
        && method.ReturnType.SpecialType == SpecialType.System_String
        && method.Parameters.Length == 1
        && method.Parameters[0].Type.SpecialType == SpecialType.System_String
        && AttributeNames.Has(method, AttributeNames.Redacts);

    private static IMethodSymbol? Resolve(string entry, Compilation compilation)
    {
        if (entry.StartsWith("M:", System.StringComparison.Ordinal))
        {
            return DocumentationCommentId.GetFirstSymbolForDeclarationId(entry, compilation) as IMethodSymbol is { IsStatic: true } byId && TakesAndReturnsString(byId) ? byId : null;
        }

        var dot = entry.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        return compilation.GetTypeByMetadataName(entry.Substring(0, dot))?
            .GetMembers(entry.Substring(dot + 1))
            .OfType<IMethodSymbol>()
            .FirstOrDefault(m => m.IsStatic && TakesAndReturnsString(m));
    }

    private static bool TakesAndReturnsString(IMethodSymbol method) =>
        method.ReturnType.SpecialType == SpecialType.System_String && method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String;

    private static RedactorCall Static(IMethodSymbol method) =>
        new(method.ContainingType.ToDisplayString() + "." + method.Name, method.ContainingType.Name + "." + method.Name);
}

/// <summary>How to call a redactor: <c>Code</c> goes in front of the parenthesised text (the fix simplifies it), <c>Display</c> in messages.</summary>
internal sealed record RedactorCall(string Code, string Display);
