using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReleaseGates.Analyzers.Common;
using ReleaseGates.Analyzers.Tests.Verifiers;

namespace ReleaseGates.Analyzers.Tests.Common;

/// <summary>Every release_gates.* member list takes the same entries and reads the same way.</summary>
public sealed class MemberListTests
{
    private static readonly Compilation Compilation = CSharpCompilation.Create(
        "lists",
        [CSharpSyntaxTree.ParseText("""
            namespace Contoso.Flags
            {
                public class Rollouts
                {
                    public static bool IsOn(string flag) => flag.Length > 0;
                    public static void Log(string text, int level) { }
                    public virtual string Voice { get; set; } = "";
                    public static System.Collections.Generic.List<int> Ids(System.Collections.Generic.List<int> ids) => ids;
                }

                public class RegionalRollouts : Rollouts
                {
                    public override string Voice { get; set; } = "";
                }
            }
            """)],
        Basic.Reference.Assemblies.Net80.References.All);

    private static ISymbol Member(string type, string name) =>
        Compilation.GetTypeByMetadataName("Contoso.Flags." + type)!.GetMembers(name).Single();

    private static MemberList List(params string[] entries) => new(entries.ToImmutableArray());

    [Theory]
    [InlineData("M:Contoso.Flags.Rollouts.IsOn(System.String)")]
    [InlineData("Contoso.Flags.Rollouts.IsOn")]
    [InlineData("T:Contoso.Flags.Rollouts")]
    [InlineData("Contoso.Flags.Rollouts")]
    public void A_method_is_named_by_its_id_its_dotted_name_or_its_type(string entry) =>
        Assert.True(List(entry).Contains(Member("Rollouts", "IsOn")));

    [Fact]
    public void Ids_of_methods_with_several_or_generic_parameters_match() =>
        Assert.True(List("M:Contoso.Flags.Rollouts.Log(System.String,System.Int32)", "M:Contoso.Flags.Rollouts.Ids(System.Collections.Generic.List{System.Int32})").Contains(Member("Rollouts", "Ids")));

    [Fact]
    public void An_override_in_a_derived_type_matches_its_base_entry() =>
        Assert.True(List("P:Contoso.Flags.Rollouts.Voice").Contains(Member("RegionalRollouts", "Voice")));

    [Fact]
    public void Other_members_do_not_match() =>
        Assert.False(List("M:Contoso.Flags.Rollouts.IsOn(System.String)", "Contoso.Flags.Rollouts.Log").Contains(Member("Rollouts", "Voice")));

    [Fact]
    public void List_options_split_on_commas_outside_parentheses_and_braces()
    {
        var options = InMemoryConfigOptions.With("release_gates.log_sinks", "M:A.B.C(System.String,System.Int32), Contoso.Audit.Write ,M:A.D(System.Collections.Generic.Dictionary{System.String,System.Int32})");

        Assert.Equal(
            ["M:A.B.C(System.String,System.Int32)", "Contoso.Audit.Write", "M:A.D(System.Collections.Generic.Dictionary{System.String,System.Int32})"],
            ReleaseGatesOptions.GetList(options, "release_gates.log_sinks").ToArray());
    }

    [Fact]
    public void An_unbalanced_entry_is_kept_rather_than_dropped() =>
        Assert.Equal(["M:A.B.C(System.String"], ReleaseGatesOptions.GetList(InMemoryConfigOptions.With("k", "M:A.B.C(System.String"), "k").ToArray());

}
