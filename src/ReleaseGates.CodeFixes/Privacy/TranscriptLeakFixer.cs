using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ReleaseGates.CodeFixes.Privacy;

/// <summary>
/// What the fixes of RG1001 and RG1002 share: one code action per <see cref="TranscriptFix"/> that applies to the
/// diagnostic, and a Fix All that rewrites every diagnostic of a document in one edit.
/// </summary>
public abstract class TranscriptLeakFixer : CodeFixProvider
{
    private protected TranscriptLeakFixer(string diagnosticId) => FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => TranscriptLeakFixAllProvider.Instance;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var fix in new[] { TranscriptFix.UseLength, TranscriptFix.Redact })
            {
                var title = await TranscriptLeakRewriter.DescribeAsync(context.Document, diagnostic, fix, context.CancellationToken).ConfigureAwait(false);
                if (title is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        cancellationToken => TranscriptLeakRewriter.ApplyAsync(context.Document, new[] { diagnostic }, fix, cancellationToken),
                        EquivalenceKey(fix)),
                    diagnostic);
            }
        }
    }

    internal static string EquivalenceKey(TranscriptFix fix) => "ReleaseGates.Privacy." + fix;
}
