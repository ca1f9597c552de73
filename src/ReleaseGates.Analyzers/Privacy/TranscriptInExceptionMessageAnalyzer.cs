using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>RG1002: transcript text is put into an exception message (exceptions end up in logs).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TranscriptInExceptionMessageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.TranscriptInExceptionMessage);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var privacy = PrivacyContext.For(start.Compilation);
            start.RegisterOperationAction(
                c => LeakReporter.ReportExceptionMessageLeaks(c, privacy, DiagnosticDescriptors.TranscriptInExceptionMessage),
                OperationKind.ObjectCreation,
                OperationKind.Invocation);
        });
    }
}
