using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReleaseGates.Analyzers.Rollback;

namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>
/// The rollback rules register nothing in a compilation that cannot have a model switch: no selector SDK, nothing marked
/// [ModelSelector] in its own source or in a referenced assembly (the package declares the attribute in every project,
/// so a declaration alone, here or in a sibling project, does not count).
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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_referenced_project_with_the_package_that_marks_nothing_does_not_turn_the_rules_on(bool built)
    {
        // Every project of a solution that adds the package declares the attribute: only a use in one counts.
        var library = Library("public class Orders { public void Place(string sku) { } }");
        var consumer = Consumer("class Checkout { void M(Orders o) => o.Place(\"sku-1\"); }", built ? Built(library) : library.ToMetadataReference());
        var symbols = RollbackSymbols.For(consumer);

        Assert.False(symbols.ModelSelectorInUse);
        Assert.False(symbols.MayCarryModelSelector(consumer.GetTypeByMetadataName("Orders")!.GetMembers("Place")[0]));
    }

    [Theory]
    [InlineData("public class Asr { [ReleaseGates.ModelSelector] public void Load(string model) { } }", true)]
    [InlineData("public class Asr { public void Load([ReleaseGates.ModelSelector] string model) { } }", true)]
    [InlineData("public class Asr { [ReleaseGates.ModelSelector] public void Load(string model) { } }", false)]
    public void A_referenced_project_that_marks_a_member_or_parameter_turns_the_rules_on(string librarySource, bool built)
    {
        var library = Library(librarySource);
        var symbols = Symbols("class Session { void M(Asr asr) => asr.Load(\"asr-v7\"); }", built ? Built(library) : library.ToMetadataReference());

        Assert.True(symbols.ModelSelectorInUse);
    }

    private static RollbackSymbols Symbols(string source, params MetadataReference[] references) => RollbackSymbols.For(Consumer(source, references));

    private static CSharpCompilation Consumer(string source, params MetadataReference[] references) => CSharpCompilation.Create(
        "Consumer",
        [CSharpSyntaxTree.ParseText(source), CSharpSyntaxTree.ParseText(PackageAttributes.Rollback)],
        Basic.Reference.Assemblies.Net80.References.All.Concat(references),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>A sibling project that also references the package: it compiles the attribute in, as every such project does.</summary>
    private static CSharpCompilation Library(string source) => CSharpCompilation.Create(
        "Library",
        [CSharpSyntaxTree.ParseText(source), CSharpSyntaxTree.ParseText(PackageAttributes.Rollback)],
        Basic.Reference.Assemblies.Net80.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>The library as a build hands it to the compiler: its assembly file.</summary>
    private static PortableExecutableReference Built(CSharpCompilation library)
    {
        using var stream = new MemoryStream();
        var emitted = library.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
