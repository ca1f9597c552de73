using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Common;
using ReleaseGates.Analyzers.Configuration;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// RG2001: a model or voice is selected by a hard-coded value with no feature-flag check deciding it. Such a model
/// can only be rolled back by redeploying the service; behind a rollback flag it is switched off in seconds.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedModelSelectionAnalyzer : RuleAnalyzer
{
    public HardCodedModelSelectionAnalyzer()
        : base(DiagnosticDescriptors.HardCodedModelSelection)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var exampleFlag = GatesFile.Read(start.Options, start.CancellationToken)?.Release?.RollbackFlags is { Count: > 0 } flags ? flags[0] : null;
        ModelSwitchAnalysis.Register(start, (block, _, switches) => Report(block, switches, exampleFlag));
    }

    private static void Report(OperationBlockAnalysisContext context, IReadOnlyList<ModelSwitch> switches, string? exampleFlag)
    {
        foreach (var modelSwitch in switches)
        {
            if (modelSwitch.IsHardCoded && !modelSwitch.IsGuarded && !modelSwitch.IsOverriddenUnderAFlag)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.HardCodedModelSelection,
                    modelSwitch.Selection.Value.Syntax.GetLocation(),
                    MessageArguments(modelSwitch, exampleFlag)));
            }
        }
    }

    private static object[] MessageArguments(ModelSwitch modelSwitch, string? exampleFlag)
    {
        var models = new List<string>();
        foreach (var origin in modelSwitch.HardCodedOrigins)
        {
            var described = HardCodedValue.Describe(origin);
            if (!models.Contains(described))
            {
                models.Add(described);
            }
        }

        var flag = exampleFlag is null ? "a rollback flag" : "\"" + exampleFlag + "\"";
        var selector = modelSwitch.Selection.Selector;

        // A TTS voice switch (SpeechSynthesisVoiceName, SetSpeechSynthesisVoice, a selector named for a voice) is named as one.
        var kind = selector.IndexOf("Voice", StringComparison.OrdinalIgnoreCase) >= 0 ? "Voice" : "Model";
        return new object[] { kind, string.Join(" or ", models), selector, flag };
    }
}
