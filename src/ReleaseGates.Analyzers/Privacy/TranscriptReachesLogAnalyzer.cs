using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>RG1001: transcript or recognized-speech text reaches a log or telemetry sink, directly or through the project's own methods.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TranscriptReachesLogAnalyzer() : LeakAnalyzer(DiagnosticDescriptors.TranscriptReachesLog);
