using Microsoft.CodeAnalysis.Testing;
using ReleaseGates.Analyzers.Rollback;
using ReleaseGates.Analyzers.Tests.Rollback;
using ReleaseGates.CodeFixes.Rollback;
using ReleaseGates.CodeFixes.Tests.Verifiers;

namespace ReleaseGates.CodeFixes.Tests.Rollback;

/// <summary>RG2003's code fix flips the fallback default to the baseline: false, or the baseline's id; Fix All included.</summary>
public sealed class FlagFallbackEnablesCandidateFixerTests
{
    private const string GatesJson = """
        {
          "release": { "baseline": "asr-clinical-v6", "candidate": "asr-clinical-v7", "rollback_flags": ["asr.clinical.v7"] },
          "baseline": "eval/baseline.json",
          "canary": "eval/canary.json",
          "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } }
        }
        """;

    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.CognitiveServices.Speech;
        using OpenFeature;

        """;

    private static Task VerifyAsync(string source, string fixedSource, string? gatesJson = null)
    {
        var test = Create(source, fixedSource);
        if (gatesJson is not null)
        {
            test.TestState.AdditionalFiles.Add(("/gates.json", gatesJson));
        }

        return test.RunAsync();
    }

    private static Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<FlagFallbackEnablesCandidateAnalyzer, FlagFallbackEnablesCandidateFixer, DefaultVerifier> Create(string source, string fixedSource)
    {
        var test = CodeFixVerifier<FlagFallbackEnablesCandidateAnalyzer, FlagFallbackEnablesCandidateFixer>.Create(source, fixedSource);
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add(("/Stubs/Selectors.cs", SdkStubs.Selectors));
            state.Sources.Add(("/Stubs/Flags.cs", SdkStubs.Flags));
        }

        return test;
    }

    [Fact]
    public Task A_boolean_fallback_becomes_false() => VerifyAsync(
        Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                if (await flags.GetBooleanValueAsync("asr.clinical.v7", {|RG2003:true|}))
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """,
        Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                if (await flags.GetBooleanValueAsync("asr.clinical.v7", false))
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """);

    [Fact]
    public Task A_named_boolean_fallback_keeps_its_name() => VerifyAsync(
        Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                var useCandidate = await flags.GetBooleanValueAsync("asr.clinical.v7", defaultValue: {|RG2003:true|});
                config.EndpointId = useCandidate ? "asr-clinical-v7" : "asr-clinical-v6";
            }
        }
        """,
        Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                var useCandidate = await flags.GetBooleanValueAsync("asr.clinical.v7", defaultValue: false);
                config.EndpointId = useCandidate ? "asr-clinical-v7" : "asr-clinical-v6";
            }
        }
        """);

    [Fact]
    public Task A_variant_fallback_becomes_the_gates_json_baseline() => VerifyAsync(
        Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags) =>
                config.EndpointId = await flags.GetStringValueAsync("asr.clinical.endpoint", {|RG2003:"asr-clinical-v7"|});
        }
        """,
        Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags) =>
                config.EndpointId = await flags.GetStringValueAsync("asr.clinical.endpoint", "asr-clinical-v6");
        }
        """,
        GatesJson);

    [Fact]
    public Task Without_gates_json_a_variant_fallback_becomes_the_model_of_the_other_path() => VerifyAsync(
        Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                var model = await flags.GetStringValueAsync("asr.clinical.model", {|RG2003:"asr-clinical-v7"|});
                config.EndpointId = model == "asr-clinical-v7" ? "asr-clinical-v7" : "asr-clinical-v6";
            }
        }
        """,
        Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                var model = await flags.GetStringValueAsync("asr.clinical.model", "asr-clinical-v6");
                config.EndpointId = model == "asr-clinical-v7" ? "asr-clinical-v7" : "asr-clinical-v6";
            }
        }
        """);

    [Fact]
    public Task No_fix_is_offered_when_the_baseline_is_unknown()
    {
        const string Source = Usings + """
            class Recognizer
            {
                async Task Configure(SpeechConfig config, IFeatureClient flags) =>
                    config.EndpointId = await flags.GetStringValueAsync("asr.clinical.endpoint", {|RG2003:"asr-clinical-v7"|});
            }
            """;
        var test = Create(Source, Source);
        test.TestState.AdditionalFiles.Add(("/gates.json", GatesJson.Replace("\"baseline\": \"asr-clinical-v6\", ", "", StringComparison.Ordinal)));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_all_flips_every_fallback_in_the_document() => VerifyAsync(
        Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                if (await flags.GetBooleanValueAsync("asr.clinical.v7", {|RG2003:true|}))
                {
                    config.EndpointId = "asr-clinical-v7";
                }

                if (await flags.GetBooleanValueAsync("tts.voice.v3", {|RG2003:true|}))
                {
                    config.SpeechSynthesisVoiceName = "clinical-voice-v3";
                }
            }
        }
        """,
        Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                if (await flags.GetBooleanValueAsync("asr.clinical.v7", false))
                {
                    config.EndpointId = "asr-clinical-v7";
                }

                if (await flags.GetBooleanValueAsync("tts.voice.v3", false))
                {
                    config.SpeechSynthesisVoiceName = "clinical-voice-v3";
                }
            }
        }
        """);
}
