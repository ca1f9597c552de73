using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>RG1003: raw audio bytes or an audio stream reach a log or telemetry sink.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AudioReachesLogAnalyzer() : LeakAnalyzer(DiagnosticDescriptors.AudioReachesLog);
