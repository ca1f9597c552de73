using Verify = ReleaseGates.Analyzers.Tests.Rollback.RollbackVerifier<ReleaseGates.Analyzers.Rollback.FlagFallbackEnablesCandidateAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>
/// RG2003 fires at the default argument of a flag read whose fallback turns the candidate on: a boolean default true
/// guarding the candidate path; a string variant whose default is the candidate id (gates.json release.candidate, or
/// the one value the code switches the model on).
/// </summary>
public sealed class FlagFallbackEnablesCandidateAnalyzerTests
{
    private const string Gates = Verify.GatesJson;

    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.CognitiveServices.Speech;
        using OpenFeature;

        """;

    [Fact]
    public Task A_boolean_default_true_guarding_the_candidate_is_reported() => Verify.VerifyAsync(Usings + """
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
        """);

    [Fact]
    public Task A_boolean_default_false_is_fine() => Verify.VerifyAsync(Usings + """
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
    public Task A_negated_read_with_default_true_still_turns_the_else_branch_on() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                var useCandidate = await flags.GetBooleanValueAsync("asr.clinical.v7", defaultValue: {|RG2003:true|});
                if (!useCandidate)
                {
                    config.EndpointId = "asr-clinical-v6";
                }
                else
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """);

    [Fact]
    public Task An_early_return_when_off_with_default_true_is_reported() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                if (!await flags.GetBooleanValueAsync("asr.clinical.v7", {|RG2003:true|}))
                {
                    return;
                }

                config.EndpointId = "asr-clinical-v7";
            }
        }
        """);

    [Fact]
    public Task A_kill_switch_whose_true_path_selects_the_gates_json_baseline_is_fine() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                config.EndpointId = await flags.GetBooleanValueAsync("asr.clinical.v7.kill", true) ? "asr-clinical-v6" : "asr-clinical-v7";
            }
        }
        """,
        Gates);

    [Fact]
    public Task A_default_true_on_a_flag_that_switches_no_model_is_fine() => Verify.VerifyAsync(Usings + """
        class Banner
        {
            async Task<string> Text(IFeatureClient flags) =>
                await flags.GetBooleanValueAsync("ui.new-banner", true) ? "new" : "old";
        }
        """);

    [Theory]
    [InlineData("LaunchDarkly.Sdk.Server.Interfaces.ILdClient client", "client.BoolVariation(\"asr.clinical.v7\", LaunchDarkly.Sdk.Context.New(\"t\"), {|RG2003:true|})")]
    [InlineData("LaunchDarkly.Sdk.Client.LdClient client", "client.BoolVariation(\"asr.clinical.v7\", {|RG2003:true|})")]
    [InlineData("Unleash.IUnleash client", "client.IsEnabled(\"asr.clinical.v7\", {|RG2003:true|})")]
    [InlineData("ConfigCat.Client.IConfigCatClient client", "await client.GetValueAsync(\"asr.clinical.v7\", {|RG2003:true|})")]
    [InlineData("OpenFeature.SDK.FeatureClient client", "await client.GetBooleanValue(\"asr.clinical.v7\", {|RG2003:true|})")]
    public Task Each_flag_sdk_with_a_fallback_default_is_checked(string clientParameter, string read) => Verify.VerifyAsync($$"""
        using System.Threading.Tasks;
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            async Task Configure(SpeechConfig config, {{clientParameter}})
            {
                await Task.Yield();
                if ({{read}})
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """);

    [Fact]
    public Task An_omitted_default_is_the_sdks_false_and_is_fine() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            void Configure(SpeechConfig config, LaunchDarkly.Sdk.Client.LdClient client)
            {
                if (client.BoolVariation("asr.clinical.v7"))
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """);

    [Fact]
    public Task A_variant_default_that_is_the_gates_json_candidate_is_reported() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                var endpoint = await flags.GetStringValueAsync("asr.clinical.endpoint", {|RG2003:"asr-clinical-v7"|});
                config.EndpointId = endpoint;
            }
        }
        """,
        Gates);

    [Fact]
    public Task A_variant_default_that_is_the_gates_json_baseline_is_fine() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags) =>
                config.EndpointId = await flags.GetStringValueAsync("asr.clinical.endpoint", "asr-clinical-v6");
        }
        """,
        Gates);

    [Fact]
    public Task A_variant_default_that_takes_the_path_selecting_the_gates_json_candidate_is_reported() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                var variant = await flags.GetStringValueAsync("asr.clinical.variant", {|RG2003:"new"|});
                config.EndpointId = variant == "new" ? "asr-clinical-v7" : "asr-clinical-v6";
            }
        }
        """,
        Gates);

    [Fact]
    public Task Without_gates_json_a_variant_default_equal_to_the_one_value_switched_on_is_reported() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                var model = await flags.GetStringValueAsync("asr.clinical.model", {|RG2003:"asr-clinical-v7"|});
                if (model == "asr-clinical-v7")
                {
                    config.EndpointId = "asr-clinical-v7";
                }
                else
                {
                    config.EndpointId = "asr-clinical-v6";
                }
            }
        }
        """);

    [Fact]
    public Task Without_gates_json_a_variant_default_taking_the_fallback_path_is_fine() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                var model = await flags.GetStringValueAsync("asr.clinical.model", "asr-clinical-v6");
                switch (model)
                {
                    case "asr-clinical-v7":
                        config.EndpointId = "asr-clinical-v7";
                        break;
                    default:
                        config.EndpointId = "asr-clinical-v6";
                        break;
                }
            }
        }
        """);

    [Fact]
    public Task Without_gates_json_a_variant_switching_between_several_named_models_is_not_judged() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                var model = await flags.GetStringValueAsync("asr.clinical.model", "v7");
                config.EndpointId = model switch
                {
                    "v7" => "asr-clinical-v7",
                    "v6" => "asr-clinical-v6",
                    _ => "asr-clinical-v5",
                };
            }
        }
        """);

    [Fact]
    public Task Without_gates_json_a_variant_that_is_itself_the_model_is_not_judged() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags) =>
                config.EndpointId = await flags.GetStringValueAsync("asr.clinical.endpoint", "asr-clinical-v7");
        }
        """);

    [Fact]
    public Task Message_names_the_flag_the_model_and_the_fix() => Verify.VerifyAsync(
        Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureClient flags)
            {
                if (await flags.GetBooleanValueAsync("asr.clinical.v7", {|#0:true|}))
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """,
        gatesJson: null,
        editorConfig: null,
        Verify.Diagnostic("RG2003").WithLocation(0).WithMessage(
            "Flag \"asr.clinical.v7\" (IFeatureClient.GetBooleanValueAsync) falls back to true when the flag service is down, which selects \"asr-clinical-v7\" at SpeechConfig.EndpointId: fall back to false (the baseline)"));
}
