using System.Reflection;

namespace ReleaseGates.EndToEnd.Tests;

/// <summary>Where the repository and its build output are, as recorded when these tests were built.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string PackageProject { get; } =
        Path.Combine(Root, "src", "ReleaseGates.Package", "ReleaseGates.Package.csproj");

    public static string ToolProject { get; } =
        Path.Combine(Root, "src", "ReleaseGates.Cli", "ReleaseGates.Cli.csproj");

    private static string Metadata(string key) =>
        typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key).Value!;
}
