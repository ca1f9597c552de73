using System.IO.Compression;

namespace ReleaseGates.EndToEnd.Tests;

[Collection(PackageFeedCollection.Name)]
public sealed class PackageLayoutTests(PackageFeed feed)
{
    [Theory]
    [InlineData("build/ReleaseGates.props")]
    [InlineData("build/ReleaseGates.targets")]
    [InlineData("buildTransitive/ReleaseGates.targets")]
    [InlineData("buildMultiTargeting/ReleaseGates.targets")]
    [InlineData("tasks/netstandard2.0/ReleaseGates.Tasks.dll")]
    [InlineData("tasks/netstandard2.0/ReleaseGates.Engine.dll")]
    [InlineData("tasks/netstandard2.0/ReleaseGates.Parquet.dll")]
    [InlineData("tasks/netstandard2.0/Parquet.dll")]
    [InlineData("analyzers/dotnet/cs/ReleaseGates.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/ReleaseGates.CodeFixes.dll")]
    [InlineData("analyzers/dotnet/cs/ReleaseGates.Engine.dll")]
    [InlineData("schema/gates.schema.json")]
    [InlineData("README.md")]
    public void Package_contains(string entry)
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);

        Assert.Contains(package.Entries, e => e.FullName == entry);
    }

    [Fact]
    public void Package_is_a_development_dependency_without_dependencies()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();

        Assert.Contains("<developmentDependency>true</developmentDependency>", text, StringComparison.Ordinal);
        Assert.Contains("<license type=\"expression\">MIT</license>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependency ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(package.Entries, e => e.FullName.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_packages_name_the_repository_and_the_tool_has_its_own_readme()
    {
        foreach (var path in new[] { feed.PackagePath, feed.ToolPackagePath })
        {
            Assert.Contains("<repository type=\"git\" url=\"https://github.com/release-gates/ReleaseGates\"", Read(path, ".nuspec"), StringComparison.Ordinal);
        }

        Assert.StartsWith("# ReleaseGates.Tool — `release-gates`", Read(feed.ToolPackagePath, "README.md"), StringComparison.Ordinal);
        Assert.StartsWith("# ReleaseGates\n", Read(feed.PackagePath, "README.md").ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static string Read(string packagePath, string entrySuffix)
    {
        using var package = ZipFile.OpenRead(packagePath);
        using var reader = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(entrySuffix, StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal)).Open());
        return reader.ReadToEnd();
    }
}
