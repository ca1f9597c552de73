using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ReleaseGates.Analyzers.Tests.Verifiers;

namespace ReleaseGates.CodeFixes.Tests.Verifiers;

/// <summary>Runs an analyzer and a code fix over marked-up source and compares with the fixed source (Fix All included).</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Warning);

    public static Task VerifyAsync(string source, string fixedSource, int? codeActionIndex = null, string? editorConfig = null)
    {
        var test = Create(source, fixedSource, editorConfig);
        test.CodeActionIndex = codeActionIndex;
        return test.RunAsync();
    }

    public static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string source, string fixedSource, string? editorConfig = null)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
        };
        ReferenceSet.AddTo(test.TestState);
        if (editorConfig is not null)
        {
            // FixedState inherits the configuration and references of TestState.
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
        }

        return test;
    }
}
