using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>RG1002: transcript text is put into an exception message (exceptions end up in logs).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TranscriptInExceptionMessageAnalyzer() : LeakAnalyzer(DiagnosticDescriptors.TranscriptInExceptionMessage);
