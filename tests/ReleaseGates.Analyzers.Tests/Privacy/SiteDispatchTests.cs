using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Privacy;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>
/// RG1001-RG1003 are handed each call, creation and assignment by the driver and share what they find at a site: each
/// rule reports the same leaks whichever file comes first, whichever rule reaches a site first, alone or together,
/// and with the driver running on several threads.
/// </summary>
public sealed class SiteDispatchTests
{
    private const string Plain = """
        using System;
        using System.Collections.Generic;
        class Plain{N}
        {
            private readonly List<string> _items = new();
            public int Count { get; set; }
            void M(string message, int count)
            {
                _items.Add(message);
                Count = count;
                System.Diagnostics.Debug.Assert(count >= 0);
                if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "negative");
                Console.WriteLine(message + count);
            }
        }
        """;

    private const string Leaks = """
        using System;
        class Leaks{N}
        {
            void M(string transcript, byte[] audioBytes)
            {
                Console.WriteLine(transcript);
                Console.WriteLine(audioBytes);
                throw new InvalidOperationException("Could not parse " + transcript);
            }
        }
        """;

    private static readonly DiagnosticAnalyzer[] PrivacyRules =
        [new TranscriptReachesLogAnalyzer(), new TranscriptInExceptionMessageAnalyzer(), new AudioReachesLogAnalyzer()];

    [Fact]
    public async Task A_leak_in_the_last_file_of_many_is_found_by_each_rule()
    {
        var sources = Enumerable.Range(0, 40).Select(i => Numbered(Plain, i)).Append(Numbered(Leaks, 0));

        var diagnostics = await Analyze(sources, PrivacyRules, concurrent: true);

        Assert.Equal(
            ["RG1001 at transcript", "RG1002 at transcript", "RG1003 at audioBytes"],
            diagnostics.Select(d => $"{d.Id} at {Text(d)}").Order());
        Assert.All(diagnostics, d => Assert.EndsWith("40.cs", d.Location.SourceTree!.FilePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_rule_reports_the_same_leaks_alone_as_with_the_other_two_on_several_threads()
    {
        var sources = Enumerable.Range(0, 30).SelectMany(i => new[] { Numbered(Plain, i), Numbered(Leaks, i) }).ToArray();
        var alone = new List<string>();
        foreach (var rule in PrivacyRules)
        {
            alone.AddRange((await Analyze(sources, [rule], concurrent: false)).Select(Describe));
        }

        Assert.Equal(90, alone.Count);
        for (var run = 0; run < 3; run++)
        {
            var together = (await Analyze(sources, PrivacyRules, concurrent: true)).Select(Describe);
            Assert.Equal(alone.Order(), together.Order());
        }
    }

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Id} {diagnostic.Location.SourceTree!.FilePath} {diagnostic.Location.SourceSpan} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";

    private static string Numbered(string template, int number) =>
        template.Replace("{N}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Text(Diagnostic diagnostic) => diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    internal static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        "Test",
        sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, path: $"/{i}.cs")),
        Basic.Reference.Assemblies.Net80.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static async Task<ImmutableArray<Diagnostic>> Analyze(IEnumerable<string> sources, DiagnosticAnalyzer[] analyzers, bool concurrent)
    {
        var exceptions = new List<string>();
        var withAnalyzers = Compile([.. sources]).WithAnalyzers(
            [.. analyzers],
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                onAnalyzerException: (exception, analyzer, _) => { lock (exceptions) { exceptions.Add(analyzer.GetType().Name + ": " + exception); } },
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }
}
