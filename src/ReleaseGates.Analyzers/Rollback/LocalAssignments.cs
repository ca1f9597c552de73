using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// The values assigned to a local, as the rollback rules follow them (from the body's shared <see cref="VariableWrites"/>):
/// a null entry stands for a write the analysis cannot follow (an out or ref argument, a deconstruction, a compound
/// assignment, a pattern or foreach variable). Calls on the local and stores into its elements do not change it.
/// </summary>
internal static class LocalAssignments
{
    public static IReadOnlyList<IOperation?> Of(ILocalReferenceOperation reference)
    {
        var values = new List<IOperation?>();
        foreach (var write in VariableWrites.Of(reference).To(reference.Local))
        {
            switch (write.Kind)
            {
                case WriteKind.Assignment:
                    values.Add(write.Value);
                    break;
                case WriteKind.ReceiverCall or WriteKind.Element:
                    break;
                default:
                    values.Add(null);
                    break;
            }
        }

        return values;
    }
}
