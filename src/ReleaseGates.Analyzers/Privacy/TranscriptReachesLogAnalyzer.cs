using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>RG1001: transcript or recognized-speech text reaches a log or telemetry sink.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TranscriptReachesLogAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.TranscriptReachesLog);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var privacy = PrivacyContext.For(start.Compilation);
            start.RegisterOperationAction(
                c => LeakReporter.ReportLogLeaks(c, privacy, DataKind.Transcript, DiagnosticDescriptors.TranscriptReachesLog),
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment);
        });
    }
}
