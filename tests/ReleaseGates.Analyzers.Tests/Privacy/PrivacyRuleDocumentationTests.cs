using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>Every privacy descriptor (RG1xxx) has a docs page its help link points at, with the headings users look for.</summary>
public sealed class PrivacyRuleDocumentationTests
{
    public static TheoryData<string> PrivacyRuleIds()
    {
        var ids = new TheoryData<string>();
        foreach (var descriptor in Descriptors().Where(d => d.Id.StartsWith("RG1", StringComparison.Ordinal)))
        {
            ids.Add(descriptor.Id);
        }

        return ids;
    }

    [Fact]
    public void The_privacy_family_has_descriptors() => Assert.NotEmpty(PrivacyRuleIds());

    [Theory]
    [MemberData(nameof(PrivacyRuleIds))]
    public void Help_link_points_at_the_rules_docs_page(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);

        Assert.Equal(RuleIdentifiers.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(PagePath(id)), $"{descriptor.HelpLinkUri} has no page docs/rules/{id}.md");
    }

    [Theory]
    [MemberData(nameof(PrivacyRuleIds))]
    public void Page_has_the_headings_and_the_exact_suppressions(string id)
    {
        var page = File.ReadAllText(PagePath(id));

        Assert.StartsWith($"# {id}: ", page, StringComparison.Ordinal);
        foreach (var heading in new[] { "## Cause", "## Rule description", "## How to fix violations", "## How to suppress violations", "## Configuration" })
        {
            Assert.Contains(heading, page, StringComparison.Ordinal);
        }

        Assert.Contains($"#pragma warning disable {id}", page, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity = ", page, StringComparison.Ordinal);
        Assert.Contains("Bad:", page, StringComparison.Ordinal);
        Assert.Contains("Good:", page, StringComparison.Ordinal);
        Assert.Contains("release_gates.", page, StringComparison.Ordinal);
    }

    private static string PagePath(string id) => Path.Combine(AppContext.BaseDirectory, "rules", id + ".md");

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);
}
