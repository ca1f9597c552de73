using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Privacy;
using ReleaseGates.Analyzers.Tests.Rollback;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>
/// The attributes the package compiles into every project that references it: declared, they say nothing about
/// transcripts (flow across methods stays off where nothing else can carry one); used, they do.
/// </summary>
public sealed class PackageAttributesTests
{
    [Fact]
    public void The_packages_own_attribute_declarations_do_not_turn_on_flow_across_methods_but_a_use_does()
    {
        const string Logging = """
            class C
            {
                string Name { get; set; } = "";
                void M() => System.Console.WriteLine(Name);
            }
            """;
        const string Marked = """
            class D
            {
                [ReleaseGates.Transcript] public string Said { get; set; } = "";
            }
            """;

        Assert.False(PrivacyContext.For(SiteDispatchTests.Compile(Logging, PackageAttributes.Privacy, PackageAttributes.Rollback)).MayHaveSources);
        Assert.True(PrivacyContext.For(SiteDispatchTests.Compile(Logging, Marked, PackageAttributes.Privacy, PackageAttributes.Rollback)).MayHaveSources);
    }

    [Fact]
    public void A_referenced_project_with_the_packages_attributes_is_not_a_reference_named_for_speech()
    {
        var library = SiteDispatchTests.Compile(PackageAttributes.Privacy, "namespace Contoso { public class Client { } }");
        using var stream = new MemoryStream();
        Assert.True(library.Emit(stream).Success);

        var compilation = SiteDispatchTests.Compile("class C { }").AddReferences(MetadataReference.CreateFromImage(stream.ToArray()));

        Assert.False(PrivacyContext.For(compilation).ReferencesSpeechTypeNames);
    }
}
