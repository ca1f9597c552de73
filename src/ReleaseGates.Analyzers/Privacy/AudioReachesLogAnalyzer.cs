using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>RG1003: raw audio bytes or an audio stream reach a log or telemetry sink.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AudioReachesLogAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.AudioReachesLog);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var privacy = PrivacyContext.For(start.Compilation);
            start.RegisterOperationAction(
                c => LeakReporter.ReportLogLeaks(c, privacy, DataKind.Audio, DiagnosticDescriptors.AudioReachesLog),
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment);
        });
    }
}
