using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Configuration;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// RG2001: a model or voice is selected by a hard-coded value with no feature-flag check deciding it. Such a model
/// can only be rolled back by redeploying the service; behind a rollback flag it is switched off in seconds.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedModelSelectionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ModelSelectedWithoutRollbackFlag);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var exampleFlag = GatesFile.Read(start.Options, start.CancellationToken)?.Release?.RollbackFlags is { Count: > 0 } flags ? flags[0] : null;
            ModelSwitchAnalysis.Register(start, (block, _, switches) => Report(block, switches, exampleFlag));
        });
    }

    private static void Report(OperationBlockAnalysisContext context, IReadOnlyList<ModelSwitch> switches, string? exampleFlag)
    {
        foreach (var modelSwitch in switches)
        {
            if (modelSwitch.IsHardCoded && !modelSwitch.IsGuarded && !modelSwitch.IsOverriddenUnderAFlag)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ModelSelectedWithoutRollbackFlag,
                    modelSwitch.Selection.Value.Syntax.GetLocation(),
                    Message(modelSwitch, exampleFlag)));
            }
        }
    }

    private static string Message(ModelSwitch modelSwitch, string? exampleFlag)
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

        var flag = exampleFlag is null
            ? "a flag listed in gates.json release.rollback_flags"
            : "\"" + exampleFlag + "\" from gates.json release.rollback_flags";
        return $"Model {string.Join(" or ", models)} is selected by a hard-coded value at {modelSwitch.Selection.Selector} with no rollback flag deciding it: "
            + $"select it only on a path decided by a feature-flag check on {flag} (if (await features.IsEnabledAsync(...)) {{ ... }} else {{ baseline }}), "
            + "mark the method [RollbackFlag(\"...\")], or read the model from configuration, so that a bad model is rolled back by switching a flag instead of redeploying";
    }
}
