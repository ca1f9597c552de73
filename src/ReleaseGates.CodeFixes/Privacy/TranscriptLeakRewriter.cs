using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using ReleaseGates.Analyzers.Privacy;

namespace ReleaseGates.CodeFixes.Privacy;

/// <summary>
/// Rewrites the expressions RG1001/RG1002 marked, one diagnostic or a whole document at a time (Fix All):
/// <c>text</c> becomes <c>text.Length</c> (and "{Text}" in the log template becomes "{TextLength}"), or
/// <c>_redactor.Redact(text)</c>.
/// </summary>
internal static class TranscriptLeakRewriter
{
    /// <summary>What a fix would do for one diagnostic, or null when it does not apply (no length, no redactor).</summary>
    public static async Task<string?> DescribeAsync(Document document, Diagnostic diagnostic, TranscriptFix fix, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || Leaked(root, diagnostic) is not { } leaked)
        {
            return null;
        }

        return fix switch
        {
            TranscriptFix.UseLength => LengthMember(model.GetTypeInfo(leaked, cancellationToken).Type) is { } member ? $"Log its {member} instead" : null,
            _ => FindRedactor(document, model, leaked, cancellationToken) is { } redactor ? $"Redact it with {redactor.Display}" : null,
        };
    }

    public static async Task<Document> ApplyAsync(Document document, IEnumerable<Diagnostic> diagnostics, TranscriptFix fix, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var root = editor.OriginalRoot;
        var model = editor.SemanticModel;
        var renames = new Dictionary<LiteralExpressionSyntax, List<(int Index, string Suffix)>>();
        foreach (var diagnostic in diagnostics)
        {
            if (Leaked(root, diagnostic) is not { } leaked)
            {
                continue;
            }

            if (fix == TranscriptFix.UseLength)
            {
                UseLength(editor, model, leaked, renames, cancellationToken);
            }
            else if (FindRedactor(document, model, leaked, cancellationToken) is { } redactor)
            {
                var call = SyntaxFactory.ParseExpression(redactor.Code + "(" + leaked.WithoutTrivia().ToFullString() + ")")
                    .WithTriviaFrom(leaked)
                    .WithAdditionalAnnotations(Simplifier.Annotation);
                editor.ReplaceNode(leaked, call);
            }
        }

        foreach (var rename in renames)
        {
            var template = rename.Key.Token.ValueText;
            foreach (var (index, suffix) in rename.Value)
            {
                template = MessageTemplates.RenameToLength(template, index, suffix) ?? template;
            }

            editor.ReplaceNode(rename.Key, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(template)).WithTriviaFrom(rename.Key));
        }

        return editor.GetChangedDocument();
    }

    private static ExpressionSyntax? Leaked(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) switch
        {
            ArgumentSyntax argument => argument.Expression,
            InterpolationSyntax interpolation => interpolation.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };

    private static void UseLength(
        DocumentEditor editor,
        SemanticModel model,
        ExpressionSyntax leaked,
        Dictionary<LiteralExpressionSyntax, List<(int Index, string Suffix)>> renames,
        CancellationToken cancellationToken)
    {
        var typeInfo = model.GetTypeInfo(leaked, cancellationToken);
        if (LengthMember(typeInfo.Type) is not { } member)
        {
            return;
        }

        var text = leaked.WithoutTrivia().ToFullString();
        if (leaked is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ConditionalAccessExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax))
        {
            text = "(" + text + ")";
        }

        var access = leaked is not ConditionalAccessExpressionSyntax && typeInfo.Nullability.FlowState == NullableFlowState.MaybeNull ? "?." : ".";
        editor.ReplaceNode(leaked, SyntaxFactory.ParseExpression(text + access + member).WithTriviaFrom(leaked));
        if (PlaceholderOf(model, leaked, cancellationToken) is { } placeholder)
        {
            if (!renames.TryGetValue(placeholder.Template, out var indexes))
            {
                renames.Add(placeholder.Template, indexes = new List<(int, string)>());
            }

            indexes.Add((placeholder.Index, member));
        }
    }

    /// <summary>Length for strings, arrays and StringBuilder; Count for other collections; null for anything else.</summary>
    private static string? LengthMember(ITypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        if (type.SpecialType == SpecialType.System_String || type is IArrayTypeSymbol || type.Name == "StringBuilder")
        {
            return "Length";
        }

        return IsCountable(type) || type.AllInterfaces.Any(IsCountable) ? "Count" : null;
    }

    private static bool IsCountable(ITypeSymbol type) => type.MetadataName is "ICollection`1" or "IReadOnlyCollection`1" or "ICollection";

    /// <summary>
    /// For logger.LogInformation("Recognized {Text}", text): the template literal and the index of text's placeholder,
    /// so that the fix can make it ("Recognized {TextLength}", text.Length).
    /// </summary>
    private static (LiteralExpressionSyntax Template, int Index)? PlaceholderOf(SemanticModel model, ExpressionSyntax leaked, CancellationToken cancellationToken)
    {
        if (leaked.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocationSyntax } }
            || model.GetOperation(invocationSyntax, cancellationToken) is not IInvocationOperation invocation)
        {
            return null;
        }

        var paramsArgument = invocation.Arguments.FirstOrDefault(a => a.ArgumentKind == ArgumentKind.ParamArray);
        var template = invocation.Arguments.FirstOrDefault(a => a.Parameter is { Type.SpecialType: SpecialType.System_String } p && p.Name is "message" or "messageTemplate" or "messageFormat" or "format");
        if (paramsArgument?.Value is not IArrayCreationOperation { Initializer: { } initializer }
            || template?.Value.Syntax is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
        {
            return null;
        }

        for (var index = 0; index < initializer.ElementValues.Length; index++)
        {
            if (initializer.ElementValues[index].Syntax == leaked)
            {
                return (literal, index);
            }
        }

        return null;
    }

    private static RedactorCall? FindRedactor(Document document, SemanticModel model, ExpressionSyntax leaked, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(leaked, cancellationToken).Type?.SpecialType != SpecialType.System_String
            || model.GetEnclosingSymbol(leaked.SpanStart, cancellationToken) is not { } within)
        {
            return null;
        }

        var options = PrivacyOptions.Read(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(leaked.SyntaxTree));
        return RedactorFinder.Find(within, model.Compilation, options, searchCompilation: true);
    }
}
