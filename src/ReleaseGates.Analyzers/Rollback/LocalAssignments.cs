using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// Every value assigned to each local of one method body (including its lambdas and local functions), found by one
/// walk of the body and kept for the analysis of that body only. A null entry stands for a write the analysis cannot
/// follow (an out or ref argument, a deconstruction, a compound assignment, a pattern or foreach variable).
/// </summary>
internal sealed class LocalAssignments
{
    private readonly Dictionary<IOperation, Dictionary<ILocalSymbol, List<IOperation?>>> _byRoot = new();

    public IReadOnlyList<IOperation?> Of(ILocalReferenceOperation reference)
    {
        var root = reference.Root();
        if (!_byRoot.TryGetValue(root, out var map))
        {
            map = Scan(root);
            _byRoot.Add(root, map);
        }

        return map.TryGetValue(reference.Local, out var values) ? values : (IReadOnlyList<IOperation?>)System.Array.Empty<IOperation?>();
    }

    private static Dictionary<ILocalSymbol, List<IOperation?>> Scan(IOperation root)
    {
        var map = new Dictionary<ILocalSymbol, List<IOperation?>>(SymbolEqualityComparer.Default);
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                    Add(map, declarator.Symbol, initializer.Value);
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    Add(map, target.Local, assignment.Value);
                    break;
                case ILocalReferenceOperation reference when IsWrittenUnfollowably(reference):
                    Add(map, reference.Local, null);
                    break;
                case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local }:
                    Add(map, local, null);
                    break;
                case IForEachLoopOperation loop:
                    foreach (var local in loop.Locals)
                    {
                        Add(map, local, null);
                    }

                    break;
            }
        }

        return map;
    }

    private static bool IsWrittenUnfollowably(ILocalReferenceOperation reference)
    {
        IOperation current = reference;
        var parent = reference.Parent;
        while (parent is IDeclarationExpressionOperation or ITupleOperation)
        {
            current = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref,
            IDeconstructionAssignmentOperation deconstruction => deconstruction.Target == current,
            ICompoundAssignmentOperation compound => compound.Target == current,
            ICoalesceAssignmentOperation coalesce => coalesce.Target == current,
            IIncrementOrDecrementOperation => true,
            _ => false,
        };
    }

    private static void Add(Dictionary<ILocalSymbol, List<IOperation?>> map, ILocalSymbol local, IOperation? value)
    {
        if (!map.TryGetValue(local, out var values))
        {
            values = new List<IOperation?>();
            map.Add(local, values);
        }

        values.Add(value);
    }
}
