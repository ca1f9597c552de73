using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ReleaseGates.Analyzers.Tests.Verifiers;

/// <summary>An AdditionalFile held in memory (gates.json and the like).</summary>
internal sealed class InMemoryAdditionalText(string path, SourceText text) : AdditionalText
{
    public InMemoryAdditionalText(string path, string content)
        : this(path, SourceText.From(content))
    {
    }

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>
/// Analyzer configuration from key = value pairs: the same for every file (the [*.cs] section of a root .editorconfig)
/// and for the global options (build properties such as <c>build_property.ReleaseGatesFile</c>).
/// </summary>
internal sealed class InMemoryConfigOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
{
    public static InMemoryConfigOptions Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>"key = value" lines, as in an .editorconfig section.</summary>
    public static InMemoryConfigOptions FromLines(string? lines) => new(
        (lines ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.OrdinalIgnoreCase));

    public static InMemoryConfigOptions With(string key, string value) => new(new Dictionary<string, string> { [key] = value });

    public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
}

/// <summary>One configuration for every file and the global options.</summary>
internal sealed class InMemoryConfigOptionsProvider(AnalyzerConfigOptions options) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions => options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

    public static AnalyzerOptions AnalyzerOptions(string? editorConfigLines, params AdditionalText[] files) =>
        new(ImmutableArray.Create(files), new InMemoryConfigOptionsProvider(InMemoryConfigOptions.FromLines(editorConfigLines)));
}
