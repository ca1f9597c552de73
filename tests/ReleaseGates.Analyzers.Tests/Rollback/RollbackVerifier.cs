using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ReleaseGates.Analyzers.Tests.Verifiers;

namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>
/// Runs a rollback analyzer over a test source together with the SDK stubs and the package's own attribute sources,
/// optionally with a gates.json beside the project and .editorconfig lines.
/// </summary>
internal static class RollbackVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public const string GatesJson = """
        {
          "release": {
            "model": "asr-clinical",
            "baseline": "asr-clinical-v6",
            "candidate": "asr-clinical-v7",
            "rollback_flags": ["asr.clinical.v7"]
          },
          "baseline": "eval/baseline.json",
          "canary": "eval/canary.json",
          "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } }
        }
        """;

    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<TAnalyzer>.Diagnostic(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, gatesJson: null, editorConfig: null, expected);

    public static Task VerifyAsync(string source, string? gatesJson, string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = Create(source, gatesJson, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Create(string source, string? gatesJson, string? editorConfig = null)
    {
        var test = AnalyzerVerifier<TAnalyzer>.Create(source, editorConfig, gatesJson is null ? [] : [("/gates.json", gatesJson)]);
        AddSupportSources(test.TestState);
        return test;
    }

    public static void AddSupportSources(SolutionState state)
    {
        state.Sources.Add(("/Stubs/Selectors.cs", SdkStubs.Selectors));
        state.Sources.Add(("/Stubs/Flags.cs", SdkStubs.Flags));
        state.Sources.Add(("/Stubs/ReleaseGates.RollbackAttributes.cs", PackageAttributes.Rollback));
    }
}

/// <summary>The attribute sources the package adds to consumer projects, as copied to the test output.</summary>
internal static class PackageAttributes
{
    public static string Rollback { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "attributes", "ReleaseGates.RollbackAttributes.cs"));

    public static string Privacy { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "attributes", "ReleaseGates.PrivacyAttributes.cs"));
}
