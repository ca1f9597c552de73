using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ReleaseGates.CodeFixes.Privacy;

/// <summary>
/// Fix All in document, project or solution: every diagnostic of a document is rewritten in one edit, so several
/// leaks in one log call (and the placeholders of its one template) are all fixed.
/// </summary>
internal sealed class TranscriptLeakFixAllProvider : DocumentBasedFixAllProvider
{
    public static readonly TranscriptLeakFixAllProvider Instance = new();

    private TranscriptLeakFixAllProvider()
    {
    }

    protected override string GetFixAllTitle(FixAllContext fixAllContext) => fixAllContext.CodeActionEquivalenceKey switch
    {
        var key when key == TranscriptLeakFixer.EquivalenceKey(TranscriptFix.Redact) => "Redact every transcript with the project's redactor",
        _ => "Log the length of every transcript instead",
    };

    protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var fix = string.Equals(fixAllContext.CodeActionEquivalenceKey, TranscriptLeakFixer.EquivalenceKey(TranscriptFix.Redact), StringComparison.Ordinal)
            ? TranscriptFix.Redact
            : TranscriptFix.UseLength;
        return await TranscriptLeakRewriter.ApplyAsync(document, diagnostics, fix, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
