using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// Where a selection lands: the property of a receiver it sets (<c>config.EndpointId</c>), or the local, field or
/// property that receives the selected client (<c>var client = openAI.GetChatClient(...)</c>). Two selections with the
/// same target set the same thing, so a later flag-guarded one overrides an earlier default.
/// </summary>
internal static class SelectionTarget
{
    public static (ISymbol Holder, ISymbol? Member)? Of(ModelSelection selection)
    {
        if (selection.Operation is ISimpleAssignmentOperation { Target: IMemberReferenceOperation member })
        {
            return Holder(member.Instance) is { } receiver ? (receiver, member.Member) : null;
        }

        for (var current = selection.Operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IVariableDeclaratorOperation declarator:
                    return (declarator.Symbol, null);
                case ISimpleAssignmentOperation assignment:
                    return Holder(assignment.Target) is { } target ? (target, null) : null;
                case IInvocationOperation or IObjectCreationOperation or IConversionOperation or IAwaitOperation or IArgumentOperation
                    or IVariableInitializerOperation or IObjectOrCollectionInitializerOperation or IMemberInitializerOperation:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    private static ISymbol? Holder(IOperation? operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        IInstanceReferenceOperation instance => instance.Type,
        _ => null,
    };
}
