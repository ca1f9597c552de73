using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReleaseGates.Analyzers.Configuration;
using ReleaseGates.Analyzers.Tests.Verifiers;

namespace ReleaseGates.Analyzers.Tests.Configuration;

/// <summary>
/// The analyzers find the project's gates.json (ReleaseGatesFile, else an AdditionalFile named gates.json) and read it
/// once per version of its text, not once per compilation, analyzer or keystroke.
/// </summary>
public sealed class GatesFileTests
{
    private const string Gates = """{ "release": { "rollback_flags": ["asr.v7"] }, "baseline": "b.json", "canary": "c.json", "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0 } } }""";

    [Fact]
    public void The_same_text_is_parsed_once()
    {
        var file = StoredText("/repo/gates.json", SourceText.From(Gates));

        var first = GatesFile.Parse(file, file.GetText());
        var second = GatesFile.Parse(file, file.GetText());

        Assert.Same(first, second);
    }

    [Fact]
    public void Edited_text_is_parsed_again()
    {
        var before = StoredText("/repo/gates.json", SourceText.From(Gates));
        var after = StoredText("/repo/gates.json", SourceText.From(Gates.Replace("asr.v7", "asr.v8", StringComparison.Ordinal)));

        Assert.Equal(["asr.v7"], GatesFile.Parse(before, before.GetText()).Config!.Release.RollbackFlags);
        Assert.Equal(["asr.v8"], GatesFile.Parse(after, after.GetText()).Config!.Release.RollbackFlags);
    }

    [Fact]
    public void ReleaseGatesFile_names_the_gates_file()
    {
        var options = Options("/repo/config/release.json", StoredText("/repo/gates.json", SourceText.From("{")), StoredText("/repo/config/release.json", SourceText.From(Gates)));

        Assert.Equal("/repo/config/release.json", GatesFile.Read(options, CancellationToken.None)!.File.Path);
    }

    [Fact]
    public void Without_ReleaseGatesFile_the_additional_file_named_gates_json_is_the_gates_file()
    {
        var options = Options(null, StoredText("/repo/appsettings.json", SourceText.From("{}")), StoredText("/repo/Gates.json", SourceText.From(Gates)));

        Assert.Equal("/repo/Gates.json", GatesFile.Read(options, CancellationToken.None)!.File.Path);
    }

    [Fact]
    public void Without_a_gates_file_there_is_nothing_to_read()
    {
        var options = Options(null, StoredText("/repo/appsettings.json", SourceText.From("{}")));

        Assert.Null(GatesFile.Read(options, CancellationToken.None));
    }

    private static AnalyzerOptions Options(string? releaseGatesFile, params AdditionalText[] files) =>
        new(ImmutableArray.Create(files), new InMemoryConfigOptionsProvider(
            releaseGatesFile is null ? InMemoryConfigOptions.Empty : InMemoryConfigOptions.With("build_property.ReleaseGatesFile", releaseGatesFile)));

    private static InMemoryAdditionalText StoredText(string path, SourceText text) => new(path, text);
}
