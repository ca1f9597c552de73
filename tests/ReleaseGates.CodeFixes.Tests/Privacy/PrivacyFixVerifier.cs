using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Tests.Privacy;
using ReleaseGates.CodeFixes.Tests.Verifiers;

namespace ReleaseGates.CodeFixes.Tests.Privacy;

/// <summary>Runs a privacy analyzer and its fix with <see cref="SdkStubs"/> compiled into both the test and the fixed state.</summary>
internal static class PrivacyFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        using Microsoft.CognitiveServices.Speech;
        using ReleaseGates;

        """;

    /// <param name="codeActionIndex">0: log the length; 1 (when offered): redact. Fix All is checked with the same action.</param>
    public static Task VerifyAsync(string source, string fixedSource, int codeActionIndex = 0, string? editorConfig = null, string? equivalenceKey = null)
    {
        var test = CodeFixVerifier<TAnalyzer, TCodeFix>.Create(Usings + source, Usings + fixedSource, editorConfig);
        foreach (var stub in SdkStubs.All())
        {
            test.TestState.Sources.Add(stub);
            test.FixedState.Sources.Add(stub);
        }

        test.CodeActionIndex = codeActionIndex;
        test.CodeActionEquivalenceKey = equivalenceKey;
        return test.RunAsync();
    }
}
