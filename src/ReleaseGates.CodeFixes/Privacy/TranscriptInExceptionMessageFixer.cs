using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ReleaseGates.Analyzers;

namespace ReleaseGates.CodeFixes.Privacy;

/// <summary>RG1002: put the transcript's length into the exception message instead, or redact it with the project's redactor.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TranscriptInExceptionMessageFixer))]
[Shared]
public sealed class TranscriptInExceptionMessageFixer() : TranscriptLeakFixer(RuleIdentifiers.TranscriptInExceptionMessage);
