using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Analyzers.Tests;

/// <summary>
/// Every rule — each analyzer descriptor and each build diagnostic of the engine (RG4xxx) — has its page under
/// docs/rules/ (copied to the test output) with the same four headings, so the docs cannot fall behind the rules.
/// </summary>
public sealed class RuleDocumentationTests
{
    private static readonly string[] Headings = ["## Cause", "## Rule description", "## How to fix violations", "## How to suppress violations"];

    public static TheoryData<string> AnalyzerRules() => new(Descriptors().Select(d => d.Id));

    public static TheoryData<string> AllRules() => new(Descriptors().Select(d => d.Id).Concat(GateRules.All));

    [Fact]
    public void Every_analyzer_family_has_descriptors() =>
        Assert.Equal(["RG0", "RG1", "RG2"], Descriptors().Select(d => d.Id[..3]).Distinct().Order());

    [Theory]
    [MemberData(nameof(AnalyzerRules))]
    public void Help_link_points_at_the_rule_page_and_the_page_is_titled_as_the_rule(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);

        Assert.Equal(GateRules.HelpLink(id), descriptor.HelpLinkUri);
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", Page(id), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Page_has_the_four_headings_in_order(string id)
    {
        var page = Page(id);

        Assert.StartsWith($"# {id}: ", page, StringComparison.Ordinal);
        var positions = Headings.Select(heading => page.IndexOf("\n" + heading + "\n", StringComparison.Ordinal)).ToArray();
        Assert.True(positions.All(p => p > 0), $"docs/rules/{id}.md lacks {string.Join(", ", Headings.Where((_, i) => positions[i] <= 0))}");
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [MemberData(nameof(AnalyzerRules))]
    public void Page_gives_the_exact_suppressions(string id)
    {
        var page = Page(id);

        Assert.Contains($"dotnet_diagnostic.{id}.severity = none", page, StringComparison.Ordinal);
        if (id != "RG0001")
        {
            // RG0001 is reported inside gates.json, where there is no #pragma.
            Assert.Contains($"#pragma warning disable {id}", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(AnalyzerRules))]
    public void Message_reads_in_a_build_log(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);

        // The format without its arguments; each argument is an expression or a name of a few dozen characters.
        Assert.True(format.Length <= 110, $"{id}'s message is {format.Length} characters before its arguments: {format}");
        Assert.True(descriptor.Description.ToString(CultureInfo.InvariantCulture).Length > format.Length, $"{id}'s description should hold the full advice");
    }

    private static string Page(string id)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "rules", id + ".md");
        Assert.True(File.Exists(path), $"docs/rules/{id}.md is missing");
        return File.ReadAllText(path).ReplaceLineEndings("\n");
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetValue(null))
            .OfType<DiagnosticDescriptor>();
}
