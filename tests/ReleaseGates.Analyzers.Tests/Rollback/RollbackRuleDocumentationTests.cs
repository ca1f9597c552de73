using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>
/// Every RG0xxx and RG2xxx descriptor's help link points at its page under docs/rules/ (copied to the test output),
/// and the page has the sections a user acts on, so the docs cannot fall behind the rules.
/// </summary>
public sealed class RollbackRuleDocumentationTests
{
    public static TheoryData<string> Rules()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors())
        {
            if (descriptor.Id.StartsWith("RG0", StringComparison.Ordinal) || descriptor.Id.StartsWith("RG2", StringComparison.Ordinal))
            {
                data.Add(descriptor.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Help_link_points_at_the_rules_page(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);

        Assert.Equal(RuleIdentifiers.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(PagePath(id)), $"docs/rules/{id}.md is missing");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Page_has_the_sections_and_the_exact_suppression_lines(string id)
    {
        var page = File.ReadAllText(PagePath(id));

        Assert.StartsWith("# " + id + ": ", page, StringComparison.Ordinal);
        foreach (var heading in new[] { "## Cause", "## Rule description", "## How to fix violations", "## How to suppress violations", "## Configuration" })
        {
            Assert.Contains("\n" + heading + "\n", page, StringComparison.Ordinal);
        }

        Assert.Contains($"dotnet_diagnostic.{id}.severity = none", page, StringComparison.Ordinal);
        if (id != "RG0001")
        {
            Assert.Contains($"#pragma warning disable {id}", page, StringComparison.Ordinal);
        }
    }

    private static string PagePath(string id) => Path.Combine(AppContext.BaseDirectory, "rules", id + ".md");

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetValue(null))
            .OfType<DiagnosticDescriptor>();
}
