using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Tests.Common;

/// <summary>The look-ups at a compilation's start pass by the runtime's own assemblies, and only those: every reference
/// a team or an SDK ships is still looked at.</summary>
public sealed class RuntimeAssembliesTests
{
    [Fact]
    public void The_runtimes_reference_assemblies_are_passed_by_but_for_three_facades()
    {
        var compilation = CSharpCompilation.Create("app", references: Basic.Reference.Assemblies.Net80.References.All);

        // Three .NET Framework facades are signed with the key Microsoft signs its other libraries with: still looked at.
        Assert.True(compilation.SourceModule.ReferencedAssemblySymbols.Length > 150);
        Assert.Equal(
            ["System.ComponentModel.DataAnnotations", "System.ServiceModel.Web", "WindowsBase"],
            RuntimeAssemblies.Outside(compilation).Select(assembly => assembly.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Contoso.Speech, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null")]
    [InlineData("Microsoft.FeatureManagement.AspNetCore, Version=4.7.0.0, Culture=neutral, PublicKeyToken=69dad7634abb75e4")] // [FeatureGate]
    [InlineData("Microsoft.CognitiveServices.Speech.csharp, Version=1.0.0.0, Culture=neutral, PublicKeyToken=d2e6dcccb609e663")]
    public void A_teams_or_an_SDKs_assembly_is_not_the_runtimes(string identity)
    {
        Assert.False(RuntimeAssemblies.IsRuntime(AssemblyIdentity.TryParseDisplayName(identity, out var parsed) ? parsed : throw new ArgumentException(identity)));
    }
}
