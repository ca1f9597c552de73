using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReleaseGates.Analyzers.Benchmarks;

/// <summary>
/// A real code base as one compilation: every .cs file under a folder, but not its tests, benchmarks, samples or build
/// output, parsed with the latest language version and the preprocessor symbols of a Release build for .NET 8.
/// Nothing of it is in this repository: the README says which repository and commit to fetch.
/// </summary>
internal static class RealCode
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "test", "tests", "benchmark", "benchmarks", "samples", "playground", "perf"];

    public static SyntaxTree[] Parse(string root)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["NET", "NET8_0", "NET8_0_OR_GREATER", "NET6_0_OR_GREATER", "NETCOREAPP", "RELEASE"]);
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(part => SkippedFolders.Contains(part, StringComparer.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path))
            .ToArray();
    }
}
