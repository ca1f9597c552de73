using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Tests.Verifiers;

/// <summary>
/// The one harness for "an analyzer never throws": half-typed code (compiler errors expected), whatever the rules
/// report is accepted, and the run fails on any analyzer exception or AD0001 (a throwing analyzer silences every rule).
/// </summary>
internal static class NeverThrows
{
    public static async Task AssertAsync(
        IEnumerable<DiagnosticAnalyzer> analyzers,
        IEnumerable<(string Path, string Source)> sources,
        string? editorConfig = null,
        params AdditionalText[] additionalFiles)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "HalfTyped",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, parseOptions, s.Path)),
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var exceptions = new List<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers.ToImmutableArray(),
            new CompilationWithAnalyzersOptions(
                InMemoryConfigOptionsProvider.AnalyzerOptions(editorConfig, additionalFiles),
                onAnalyzerException: (exception, analyzer, _) => { lock (exceptions) { exceptions.Add(analyzer.GetType().Name + ": " + exception); } },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));

        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        exceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));

        Assert.Empty(exceptions);
    }
}
