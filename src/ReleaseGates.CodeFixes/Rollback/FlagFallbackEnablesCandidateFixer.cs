using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReleaseGates.Analyzers;
using ReleaseGates.Analyzers.Rollback;

namespace ReleaseGates.CodeFixes.Rollback;

/// <summary>
/// RG2003: replaces a rollback flag's fallback default with the baseline — <c>false</c> for an on/off flag, the
/// baseline's id for a variant (gates.json <c>release.baseline</c>, or the model the code selects on the other path).
/// No fix is offered for a variant whose baseline the analyzer could not tell.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FlagFallbackEnablesCandidateFixer))]
[Shared]
public sealed class FlagFallbackEnablesCandidateFixer : CodeFixProvider
{
    private const string EquivalenceKey = "RG2003.FallBackToBaseline";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.FlagFallbackEnablesCandidate);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Replacement(diagnostic) is not { } replacement
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node)
            {
                continue;
            }

            var fallback = node is ArgumentSyntax argument ? argument.Expression : node as ExpressionSyntax;
            if (fallback is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Fall back to the baseline ({replacement})",
                    cancellationToken => ReplaceAsync(context.Document, fallback, replacement, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static LiteralExpressionSyntax? Replacement(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(FlagFallbackEnablesCandidateAnalyzer.BaselineProperty, out var baseline) || baseline is null)
        {
            return null;
        }

        diagnostic.Properties.TryGetValue(FlagFallbackEnablesCandidateAnalyzer.KindProperty, out var kind);
        return kind == nameof(FlagValueKind.Boolean)
            ? SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression)
            : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(baseline));
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax fallback, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(fallback, replacement.WithTriviaFrom(fallback)));
    }
}
