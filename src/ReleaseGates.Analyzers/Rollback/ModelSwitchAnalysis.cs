using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// The registration the rollback rules share: per member body, collect its model selections while the driver walks
/// the operations (only calls, object creations and assignments are looked at), then analyse them once at the end of
/// the body. A compilation that references no model-selector SDK, marks nothing <c>[ModelSelector]</c> (the package
/// declares the attribute in every project) and configures no selector registers nothing.
/// </summary>
internal static class ModelSwitchAnalysis
{
    public static void Register(CompilationStartAnalysisContext context, Action<OperationBlockAnalysisContext, BodyScope, IReadOnlyList<ModelSwitch>> analyze)
    {
        var symbols = RollbackSymbols.For(context.Compilation);
        if (!symbols.ReferencesSelectorSdk && !symbols.ModelSelectorInUse && !ReleaseGatesOptions.AnyFileSets(context.Compilation, context.Options.AnalyzerConfigOptionsProvider, ReleaseGatesOptions.ModelSelectors))
        {
            return;
        }

        context.RegisterOperationBlockStartAction(blockStart =>
        {
            if (blockStart.OperationBlocks.IsEmpty)
            {
                return;
            }

            var options = blockStart.Options.AnalyzerConfigOptionsProvider.GetOptions(blockStart.OperationBlocks[0].Syntax.SyntaxTree);
            var scope = new BodyScope(
                symbols,
                symbols.ConfiguredMembers.Get(options, ReleaseGatesOptions.ModelSelectors),
                symbols.ConfiguredMembers.Get(options, ReleaseGatesOptions.FlagCheckMethods),
                blockStart.OwningSymbol);
            var selections = new List<ModelSelection>();

            // The driver runs one member body's operation actions one after another: block state needs no lock.
            blockStart.RegisterOperationAction(
                operationContext => ModelSelectors.Collect(operationContext.Operation, symbols, scope.ConfiguredSelectors, selections),
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.SimpleAssignment);

            blockStart.RegisterOperationBlockEndAction(blockEnd =>
            {
                if (selections.Count == 0)
                {
                    return;
                }

                var switches = new List<ModelSwitch>(selections.Count);
                foreach (var selection in selections)
                {
                    blockEnd.CancellationToken.ThrowIfCancellationRequested();
                    switches.Add(ModelSwitch.Analyze(selection, scope));
                }

                ModelSwitch.MarkDefaultsOverriddenUnderAFlag(switches);

                analyze(blockEnd, scope, switches);
            });
        });
    }
}
