using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ReleaseGates.Analyzers;

namespace ReleaseGates.CodeFixes.Privacy;

/// <summary>RG1001: log the transcript's length instead, or redact it with the project's redactor.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TranscriptReachesLogFixer))]
[Shared]
public sealed class TranscriptReachesLogFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.TranscriptReachesLog);

    public override FixAllProvider GetFixAllProvider() => TranscriptLeakFixAllProvider.Instance;

    public override System.Threading.Tasks.Task RegisterCodeFixesAsync(CodeFixContext context) => TranscriptLeakFixes.RegisterAsync(context);
}
