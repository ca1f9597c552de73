using Microsoft.CodeAnalysis.Testing;

namespace ReleaseGates.Analyzers.Tests.Verifiers;

/// <summary>
/// .NET 8 reference assemblies from a restored package (Basic.Reference.Assemblies), so that tests never
/// download anything at run time.
/// </summary>
internal static class ReferenceSet
{
    public static ReferenceAssemblies Net80 { get; } = new("net8.0");

    public static void AddTo(SolutionState state)
    {
        state.ReferenceAssemblies = Net80;
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
    }
}
