using Verify = ReleaseGates.Analyzers.Tests.Rollback.RollbackVerifier<ReleaseGates.Analyzers.Rollback.HardCodedModelSelectionAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>
/// RG2001: a selector receiving a constant (literal, const, static readonly string initialised with a literal, constant
/// interpolation) is a hard-coded selection; a value from a flag variant, configuration, options or a parameter is not.
/// </summary>
public sealed class HardCodedValueTests
{
    [Fact]
    public Task A_const_field_is_hard_coded() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            const string Candidate = "asr-clinical-v7";
            void Configure(SpeechConfig config) => config.EndpointId = {|RG2001:Candidate|};
        }
        """);

    [Fact]
    public Task A_const_local_is_hard_coded() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            void Configure(SpeechConfig config)
            {
                const string model = "asr-clinical-v7";
                config.EndpointId = {|RG2001:model|};
            }
        }
        """);

    [Fact]
    public Task A_static_readonly_field_initialised_with_a_literal_is_hard_coded() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        static class Models { public static readonly string Candidate = "asr-clinical-v7"; }
        class Recognizer
        {
            void Configure(SpeechConfig config) => config.EndpointId = {|RG2001:Models.Candidate|};
        }
        """);

    [Fact]
    public Task A_get_only_static_property_initialised_with_a_literal_is_hard_coded() => Verify.VerifyAsync("""
        using OpenAI;
        static class Models { public static string Chat { get; } = "gpt-4o"; }
        class Assistant
        {
            object Create(OpenAIClient client) => client.GetChatClient({|RG2001:Models.Chat|});
        }
        """);

    [Fact]
    public Task A_constant_interpolation_is_hard_coded() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            const string Version = "v7";
            void Configure(SpeechConfig config) => config.EndpointId = {|RG2001:$"asr-clinical-{Version}"|};
        }
        """);

    [Fact]
    public Task A_constant_concatenation_is_hard_coded() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            void Configure(SpeechConfig config) => config.EndpointId = {|RG2001:"asr-clinical-" + "v7"|};
        }
        """);

    [Fact]
    public Task A_local_holding_a_literal_is_hard_coded() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            void Configure(SpeechConfig config)
            {
                var model = "asr-clinical-v7";
                config.EndpointId = {|RG2001:model|};
            }
        }
        """);

    [Fact]
    public Task A_choice_between_literals_without_a_flag_is_hard_coded() => Verify.VerifyAsync("""
        using System;
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            void Configure(SpeechConfig config) =>
                config.EndpointId = {|RG2001:DateTime.UtcNow.Hour < 12 ? "asr-clinical-v7" : "asr-clinical-v6"|};
        }
        """);

    [Fact]
    public Task A_parameter_is_not_hard_coded() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            void Configure(SpeechConfig config, string endpointId) => config.EndpointId = endpointId;
        }
        """);

    [Fact]
    public Task A_configuration_value_is_not_hard_coded() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            void Configure(SpeechConfig config, IReadOnlyDictionary<string, string> settings) => config.EndpointId = settings["Asr:EndpointId"];
        }
        """);

    [Fact]
    public Task An_options_value_is_not_hard_coded() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class AsrOptions { public string EndpointId { get; set; } = ""; }
        class Recognizer
        {
            private readonly AsrOptions _options;
            Recognizer(AsrOptions options) => _options = options;
            void Configure(SpeechConfig config) => config.EndpointId = _options.EndpointId;
        }
        """);

    [Fact]
    public Task A_flag_variant_is_not_hard_coded() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.CognitiveServices.Speech;
        using OpenFeature;
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags) =>
                config.EndpointId = await flags.GetStringValueAsync("asr.clinical.endpoint", "asr-clinical-v6");
        }
        """);

    [Fact]
    public Task A_static_readonly_field_computed_at_run_time_is_not_hard_coded() => Verify.VerifyAsync("""
        using System;
        using Microsoft.CognitiveServices.Speech;
        static class Models { public static readonly string Candidate = Environment.GetEnvironmentVariable("ASR_ENDPOINT") ?? ""; }
        class Recognizer
        {
            void Configure(SpeechConfig config) => config.EndpointId = Models.Candidate;
        }
        """);

    [Fact]
    public Task A_local_that_is_a_literal_on_one_path_and_configuration_on_another_is_not_hard_coded() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            void Configure(SpeechConfig config, string? configured)
            {
                var model = "asr-clinical-v6";
                if (configured is not null)
                {
                    model = configured;
                }

                config.EndpointId = model;
            }
        }
        """);

    [Fact]
    public Task A_constant_enum_member_passed_to_a_model_selector_is_hard_coded() => Verify.VerifyAsync("""
        using ReleaseGates;
        enum AcousticModel { V6, V7 }
        class Loader
        {
            void Load([ModelSelector] AcousticModel model) { }
            void Start() => Load({|RG2001:AcousticModel.V7|});
        }
        """);
}
