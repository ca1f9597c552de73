using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ReleaseGates.Analyzers.Tests.Verifiers;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>Runs a privacy analyzer over a test source compiled together with <see cref="SdkStubs"/>.</summary>
internal static class PrivacyVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Usings every test source starts with, so that tests show only what they are about.</summary>
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using Microsoft.CognitiveServices.Speech;
        using ReleaseGates;

        """;

    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<TAnalyzer>.Diagnostic(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, null, expected);

    /// <param name="editorConfig">Lines of the [*.cs] section, e.g. "release_gates.name_heuristics = false".</param>
    public static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = AnalyzerVerifier<TAnalyzer>.Create(Usings + source, editorConfig);
        foreach (var stub in SdkStubs.All())
        {
            test.TestState.Sources.Add(stub);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Half-typed code: compiler errors are expected and whatever the rule reports is accepted; the analyzer must not throw
    /// (a throwing analyzer shows up as AD0001 and silences every rule).
    /// </summary>
    public static async Task VerifyNoCrashAsync(string source, string? editorConfig = null)
    {
        var trees = SdkStubs.All().Select(s => CSharpSyntaxTree.ParseText(s.Source, path: s.Path))
            .Append(CSharpSyntaxTree.ParseText(Usings + source, path: "/0/Test0.cs"));
        var compilation = CSharpCompilation.Create(
            "HalfTyped",
            trees,
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new EditorConfigOptions(editorConfig)),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()), options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    /// <summary>The [*.cs] lines of an .editorconfig, for a compilation run without the testing library.</summary>
    private sealed class EditorConfigOptions(string? lines) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(lines);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(string? lines) : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values = (lines ?? string.Empty)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split('=', 2))
                .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.OrdinalIgnoreCase);

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
