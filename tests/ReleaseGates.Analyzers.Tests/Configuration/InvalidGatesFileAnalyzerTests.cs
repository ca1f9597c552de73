using ReleaseGates.Analyzers.Configuration;
using ReleaseGates.Analyzers.Tests.Verifiers;

namespace ReleaseGates.Analyzers.Tests.Configuration;

/// <summary>RG0001: an invalid gates.json, seen as an AdditionalFile, is reported inside the file at the offending line.</summary>
public sealed class InvalidGatesFileAnalyzerTests
{
    private const string Source = "class C { }";

    private const string ValidGates = """
        {
          "release": { "baseline": "asr-clinical-v6", "candidate": "asr-clinical-v7", "rollback_flags": ["asr.clinical.v7"] },
          "baseline": "eval/baseline.json",
          "canary": "eval/canary.json",
          "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } }
        }
        """;

    private static Task VerifyAsync((string Path, string Content)[] files, string? globalConfig, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = AnalyzerVerifier<InvalidGatesFileAnalyzer>.Create(Source, editorConfig: null, files);
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig + "\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult RG0001 => AnalyzerVerifier<InvalidGatesFileAnalyzer>.Diagnostic("RG0001");

    [Fact]
    public Task A_valid_gates_json_is_fine() => VerifyAsync([("/gates.json", ValidGates)], null);

    [Fact]
    public Task No_gates_json_is_fine() => VerifyAsync([], null);

    [Fact]
    public Task A_json_syntax_error_is_reported_at_its_line() => VerifyAsync(
        [("/gates.json", ValidGates.Replace("\"canary\": \"eval/canary.json\",", "\"canary\": \"eval/canary.json\"", StringComparison.Ordinal))],
        null,
        RG0001.WithSpan("/gates.json", 5, 3, 5, 12));

    private static readonly string GatesWithTypo = ValidGates.Replace("\"canary\": \"eval/canary.json\",", "\"canary\": \"eval/canary.json\", \"canery\": \"x\",", StringComparison.Ordinal);

    [Fact]
    public Task An_unknown_key_is_reported_at_the_key() => VerifyAsync(
        [("/gates.json", GatesWithTypo)],
        null,
        RG0001.WithSpan("/gates.json", 4, 33, 4, 41));

    [Fact]
    public Task A_wrong_type_in_release_is_reported_at_the_value() => VerifyAsync(
        [("/gates.json", ValidGates.Replace("[\"asr.clinical.v7\"]", "\"asr.clinical.v7\"", StringComparison.Ordinal))],
        null,
        RG0001.WithSpan("/gates.json", 2, 97, 2, 114));

    [Fact]
    public Task Every_error_in_the_file_is_reported() => VerifyAsync(
        [("/gates.json", ValidGates
            .Replace("\"lower_is_better\"", "\"lower\"", StringComparison.Ordinal)
            .Replace("[\"asr.clinical.v7\"]", "[7]", StringComparison.Ordinal))],
        null,
        RG0001.WithSpan("/gates.json", 2, 98, 2, 99),
        RG0001.WithSpan("/gates.json", 5, 38, 5, 45));

    [Fact]
    public Task Another_json_file_is_not_the_gates_file() => VerifyAsync([("/appsettings.json", "{ not json")], null);

    [Fact]
    public Task The_file_named_by_ReleaseGatesFile_is_checked() => VerifyAsync(
        [("/config/release-gates.json", "{ \"budgets\": {} ")],
        "build_property.ReleaseGatesFile = /config/release-gates.json",
        RG0001.WithSpan("/config/release-gates.json", 1, 17, 1, 17));

    [Fact]
    public Task The_message_is_the_engines_and_says_how_to_fix_it() => VerifyAsync(
        [("/gates.json", GatesWithTypo)],
        null,
        RG0001.WithSpan("/gates.json", 4, 33, 4, 41).WithMessage("unknown key 'canery' in gates.json; did you mean 'canary'?"));
}
