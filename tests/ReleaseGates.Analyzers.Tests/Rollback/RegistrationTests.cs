using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReleaseGates.Analyzers.Rollback;

namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>
/// The rollback rules register nothing in a compilation that cannot have a model switch: no selector SDK, nothing marked
/// [ModelSelector] (the package declares the attribute in every project, so a declaration alone does not count).
/// </summary>
public sealed class RegistrationTests
{
    [Fact]
    public void The_attribute_declared_but_used_nowhere_is_not_in_use() =>
        Assert.False(Symbols("class Orders { void Place(string sku) { } }").ModelSelectorInUse);

    [Theory]
    [InlineData("class Asr { [ReleaseGates.ModelSelector] public void Load(string model) { } }")]
    [InlineData("class Asr { public void Load([ModelSelectorAttribute] string model) { } }")]
    [InlineData("class Tts { [ModelSelector] public string Voice { get; set; } = \"\"; }")]
    public void A_member_or_parameter_marked_ModelSelector_is_a_use(string source) =>
        Assert.True(Symbols("using ReleaseGates;\n" + source).ModelSelectorInUse);

    [Fact]
    public void A_ModelSelector_mentioned_only_inside_a_method_body_is_not_a_use() =>
        Assert.False(Symbols("class Asr { void M() { var name = nameof(ReleaseGates.ModelSelectorAttribute); } }").ModelSelectorInUse);

    private static RollbackSymbols Symbols(string source) => RollbackSymbols.For(CSharpCompilation.Create(
        "Consumer",
        [CSharpSyntaxTree.ParseText(source), CSharpSyntaxTree.ParseText(PackageAttributes.Rollback)],
        Basic.Reference.Assemblies.Net80.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
}
