using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ReleaseGates.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs one analyzer over test sources written with the testing library's markup:
/// <c>{|RG1001:expr|}</c> or <c>[|expr|]</c> where a diagnostic is expected.
/// </summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Warning);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, editorConfig: null, additionalFiles: [], expected);

    /// <param name="editorConfig">Lines of a root .editorconfig [*.cs] section, e.g. "release_gates.name_heuristics = false".</param>
    /// <param name="additionalFiles">(path, content) pairs seen by the analyzer as AdditionalFiles, e.g. gates.json.</param>
    public static Task VerifyAsync(
        string source,
        string? editorConfig,
        (string Path, string Content)[] additionalFiles,
        params DiagnosticResult[] expected)
    {
        var test = Create(source, editorConfig, additionalFiles);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(
        string source,
        string? editorConfig = null,
        (string Path, string Content)[]? additionalFiles = null)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
        };
        ReferenceSet.AddTo(test.TestState);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
        }

        foreach (var file in additionalFiles ?? [])
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        return test;
    }
}
