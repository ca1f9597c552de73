using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ReleaseGates.Analyzers;

namespace ReleaseGates.CodeFixes.Privacy;

/// <summary>RG1001: log the transcript's length instead, or redact it with the project's redactor.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TranscriptReachesLogFixer))]
[Shared]
public sealed class TranscriptReachesLogFixer() : TranscriptLeakFixer(RuleIdentifiers.TranscriptReachesLog);
