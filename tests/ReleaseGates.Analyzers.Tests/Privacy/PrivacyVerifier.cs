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

    /// <summary>Half-typed code: compiler errors are expected, whatever the rule reports is accepted; it must not throw.</summary>
    public static Task VerifyNoCrashAsync(string source, string? editorConfig = null) =>
        NeverThrows.AssertAsync([new TAnalyzer()], SdkStubs.All().Append(("/0/Test0.cs", Usings + source)), editorConfig);
}
