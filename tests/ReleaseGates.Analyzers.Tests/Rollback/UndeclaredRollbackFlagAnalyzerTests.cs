using Verify = ReleaseGates.Analyzers.Tests.Rollback.RollbackVerifier<ReleaseGates.Analyzers.Rollback.UndeclaredRollbackFlagAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>
/// RG2002 fires at the flag name when gates.json is present and its release.rollback_flags lacks a flag that guards a
/// model switch; nothing when there is no gates.json, and nothing extra when gates.json is invalid (RG0001 covers it).
/// </summary>
public sealed class UndeclaredRollbackFlagAnalyzerTests
{
    private const string Gates = Verify.GatesJson;

    private const string GuardedBy = """
        using System.Threading.Tasks;
        using Microsoft.CognitiveServices.Speech;
        using Microsoft.FeatureManagement;
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                if (await features.IsEnabledAsync(FLAG))
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """;

    [Fact]
    public Task A_declared_flag_is_fine() =>
        Verify.VerifyAsync(GuardedBy.Replace("FLAG", "\"asr.clinical.v7\""), Gates);

    [Fact]
    public Task An_undeclared_flag_guarding_a_model_switch_is_reported_at_its_name() =>
        Verify.VerifyAsync(GuardedBy.Replace("FLAG", "{|RG2002:\"asr.clinical.v8\"|}"), Gates);

    [Fact]
    public Task A_flag_name_from_a_constant_is_reported_where_the_read_names_it() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;
        using Microsoft.CognitiveServices.Speech;
        using OpenFeature;
        static class FlagNames { public const string Candidate = "asr.clinical.v8"; }
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                var useCandidate = await flags.GetBooleanValueAsync({|RG2002:FlagNames.Candidate|}, false);
                config.EndpointId = useCandidate ? "asr-clinical-v7" : "asr-clinical-v6";
            }
        }
        """,
        Gates);

    [Fact]
    public Task Without_gates_json_nothing_is_reported() =>
        Verify.VerifyAsync(GuardedBy.Replace("FLAG", "\"asr.clinical.v8\""));

    [Fact]
    public Task With_an_invalid_gates_json_nothing_is_reported() =>
        Verify.VerifyAsync(GuardedBy.Replace("FLAG", "\"asr.clinical.v8\""), """{ "release": { "rollback_flags": "asr.clinical.v7" } }""");

    [Fact]
    public Task A_flag_that_guards_no_model_switch_is_not_a_rollback_flag() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        class Banner
        {
            async Task Show(IFeatureManager features)
            {
                if (await features.IsEnabledAsync("ui.new-banner"))
                {
                    Console.WriteLine("new banner");
                }
            }
        }
        """,
        Gates);

    [Fact]
    public Task A_flag_variant_that_names_the_model_must_be_declared() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;
        using Microsoft.CognitiveServices.Speech;
        using OpenFeature;
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags) =>
                config.EndpointId = await flags.GetStringValueAsync({|RG2002:"asr.clinical.endpoint"|}, "asr-clinical-v6");
        }
        """,
        Gates);

    [Fact]
    public Task A_variant_whose_configuration_names_the_model_must_be_declared() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;
        using Microsoft.CognitiveServices.Speech;
        using Microsoft.FeatureManagement;
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IVariantFeatureManager features, System.Collections.Generic.IReadOnlyDictionary<string, string> endpoints)
            {
                var variant = await features.GetVariantAsync({|RG2002:"asr.clinical.model"|});
                config.EndpointId = endpoints[variant.Name];
            }
        }
        """,
        Gates);

    [Fact]
    public Task A_flag_guarding_several_selections_is_reported_once() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;
        using Microsoft.CognitiveServices.Speech;
        using Microsoft.FeatureManagement;
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                var useCandidate = await features.IsEnabledAsync({|RG2002:"asr.clinical.v8"|});
                config.EndpointId = useCandidate ? "asr-clinical-v8" : "asr-clinical-v6";
                config.SpeechSynthesisVoiceName = useCandidate ? "clinical-voice-v8" : "clinical-voice-v6";
            }
        }
        """,
        Gates);

    [Fact]
    public Task FeatureGate_on_the_selecting_method_is_reported_at_its_argument() => Verify.VerifyAsync(
        """
        using Microsoft.CognitiveServices.Speech;
        using Microsoft.FeatureManagement.Mvc;
        class RecognizerController
        {
            [FeatureGate({|RG2002:"asr.clinical.v8"|})]
            void UseCandidate(SpeechConfig config) => config.EndpointId = "asr-clinical-v8";
        }
        """,
        Gates);

    [Fact]
    public Task RollbackFlag_attributes_are_checked_where_they_are_declared() => Verify.VerifyAsync(
        """
        using Microsoft.CognitiveServices.Speech;
        using ReleaseGates;
        [RollbackFlag({|RG2002:"asr.clinical.v8"|})]
        class CandidateRecognizer
        {
            void Configure(SpeechConfig config) => config.EndpointId = "asr-clinical-v8";
        }
        class Flags
        {
            [RollbackFlag({|RG2002:"tts.voice.v3"|})] public bool UseNewVoice => true;
            [RollbackFlag("asr.clinical.v7")] public bool UseCandidate => true;
        }
        class Synthesizer
        {
            void Configure(SpeechConfig config, Flags flags)
            {
                if (flags.UseNewVoice)
                {
                    config.SpeechSynthesisVoiceName = "clinical-voice-v3";
                }
            }
        }
        """,
        Gates);

    [Fact]
    public Task The_file_named_by_ReleaseGatesFile_is_the_gates_file()
    {
        var test = Verify.Create(GuardedBy.Replace("FLAG", "{|RG2002:\"asr.clinical.v7\"|}"), gatesJson: null);
        test.TestState.AdditionalFiles.Add(("/config/release-gates.json", Gates.Replace("asr.clinical.v7", "asr.clinical.v9")));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ReleaseGatesFile = /config/release-gates.json\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Message_names_the_flag_the_model_and_the_fix() => Verify.VerifyAsync(
        GuardedBy.Replace("FLAG", "{|#0:\"asr.clinical.v8\"|}"),
        Gates,
        editorConfig: null,
        Verify.Diagnostic("RG2002").WithLocation(0).WithMessage(
            "Flag \"asr.clinical.v8\" switches a model (IFeatureManager.IsEnabledAsync at SpeechConfig.EndpointId) but is not in gates.json release.rollback_flags: add it there"));
}
