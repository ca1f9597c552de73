using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Common;
using ReleaseGates.Analyzers.Configuration;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// RG2002: a flag that switches a model is missing from gates.json <c>release.rollback_flags</c>. Reported at the flag's
/// name — in the flag read, in <c>[FeatureGate]</c> on the member that selects the model, or in a <c>[RollbackFlag]</c>
/// attribute. Silent when the project has no gates.json, and when gates.json is invalid (RG0001 reports that).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndeclaredRollbackFlagAnalyzer : RuleAnalyzer
{
    public UndeclaredRollbackFlagAnalyzer()
        : base(DiagnosticDescriptors.UndeclaredRollbackFlag)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        if (GatesFile.Read(start.Options, start.CancellationToken) is not { Release: { } release } gates)
        {
            return;
        }

        var declared = new DeclaredFlags(gates.FileName, release.RollbackFlags);
        ModelSwitchAnalysis.Register(start, (block, _, switches) => ReportFlagReads(block, switches, declared));
        if (RollbackSymbols.For(start.Compilation).RollbackFlagAttributeExists)
        {
            start.RegisterSymbolAction(symbolContext => ReportRollbackFlagAttributes(symbolContext, declared), SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property);
        }
    }

    private static void ReportFlagReads(OperationBlockAnalysisContext context, IReadOnlyList<ModelSwitch> switches, DeclaredFlags declared)
    {
        var reported = new HashSet<Location>();
        foreach (var modelSwitch in switches)
        {
            foreach (var path in modelSwitch.Paths)
            {
                var flag = path.Guard.Flag;
                if (flag.FlagName is not { } name
                    || flag.FlagNameLocation is not { IsInSource: true } location
                    || !IsCheckedAtTheRead(flag)
                    || declared.Contains(name)
                    || !reported.Add(location))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UndeclaredRollbackFlag,
                    location,
                    name,
                    flag.Api + " at " + modelSwitch.Selection.Selector,
                    declared.FileName));
            }
        }
    }

    /// <summary>
    /// Names written at the read, and [FeatureGate] on the selecting member itself. A [RollbackFlag] attribute is checked
    /// where it is declared, and a type-level [FeatureGate] (which gates far more than models) is not checked.
    /// </summary>
    private static bool IsCheckedAtTheRead(FlagRead flag) =>
        flag.DeclaringSymbol is null
        || (flag.Api == "[FeatureGate]" && flag.DeclaringSymbol is not INamedTypeSymbol);

    private static void ReportRollbackFlagAttributes(SymbolAnalysisContext context, DeclaredFlags declared)
    {
        foreach (var attribute in context.Symbol.GetAttributes())
        {
            if (!AttributeNames.Matches(attribute.AttributeClass, AttributeNames.RollbackFlag))
            {
                continue;
            }

            foreach (var (name, location) in AttributeFlagReads.Names(attribute))
            {
                if (!declared.Contains(name) && location.IsInSource)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.UndeclaredRollbackFlag,
                        location,
                        name,
                        "[RollbackFlag] on " + context.Symbol.Name,
                        declared.FileName));
                }
            }
        }
    }

    private sealed class DeclaredFlags(string fileName, IReadOnlyList<string> flags)
    {
        private readonly HashSet<string> _flags = new(flags, StringComparer.Ordinal);

        public string FileName { get; } = fileName;

        public bool Contains(string flag) => _flags.Contains(flag);
    }
}
