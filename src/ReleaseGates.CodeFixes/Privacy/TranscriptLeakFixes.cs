using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ReleaseGates.CodeFixes.Privacy;

/// <summary>The code actions RG1001 and RG1002 share: one per <see cref="TranscriptFix"/> that applies to the diagnostic.</summary>
internal static class TranscriptLeakFixes
{
    public static async Task RegisterAsync(CodeFixContext context)
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

    public static string EquivalenceKey(TranscriptFix fix) => "ReleaseGates.Privacy." + fix;
}
