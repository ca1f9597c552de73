using Verify = ReleaseGates.Analyzers.Tests.Rollback.RollbackVerifier<ReleaseGates.Analyzers.Rollback.HardCodedModelSelectionAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>
/// RG2001: a hard-coded selection on a path decided by a flag check is guarded — an if/else, a conditional expression,
/// a switch or an early return on a flag call, directly or through a local; an enclosing member or type marked
/// [FeatureGate] or [RollbackFlag]. A condition that is not a flag check guards nothing.
/// </summary>
public sealed class GuardShapeTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.CognitiveServices.Speech;
        using Microsoft.FeatureManagement;
        using ReleaseGates;

        """;

    [Fact]
    public Task An_if_on_a_flag_check_guards_its_branch() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                if (await features.IsEnabledAsync("asr.clinical.v7"))
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """);

    [Fact]
    public Task The_else_branch_of_a_flag_check_is_guarded_too() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                if (await features.IsEnabledAsync("asr.clinical.v7"))
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
    public Task A_negated_flag_check_guards_both_branches() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                if (!await features.IsEnabledAsync("asr.clinical.v7"))
                    config.EndpointId = "asr-clinical-v6";
                else
                    config.EndpointId = "asr-clinical-v7";
            }
        }
        """);

    [Fact]
    public Task A_flag_compared_with_false_guards() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                if (await features.IsEnabledAsync("asr.clinical.v7") == false)
                {
                    return;
                }

                config.EndpointId = "asr-clinical-v7";
            }
        }
        """);

    [Fact]
    public Task A_conditional_expression_on_a_flag_guards_both_values() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features) =>
                config.EndpointId = await features.IsEnabledAsync("asr.clinical.v7") ? "asr-clinical-v7" : "asr-clinical-v6";
        }
        """);

    [Fact]
    public Task A_local_bool_assigned_from_a_flag_check_guards() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                var useCandidate = await features.IsEnabledAsync("asr.clinical.v7");
                if (useCandidate)
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """);

    [Fact]
    public Task A_local_model_chosen_by_a_flag_is_guarded() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                var useCandidate = await features.IsEnabledAsync("asr.clinical.v7");
                var model = useCandidate ? "asr-clinical-v7" : "asr-clinical-v6";
                config.EndpointId = model;
            }
        }
        """);

    [Fact]
    public Task A_local_model_assigned_in_flag_branches_is_guarded() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                string model;
                if (await features.IsEnabledAsync("asr.clinical.v7"))
                    model = "asr-clinical-v7";
                else
                    model = "asr-clinical-v6";

                config.EndpointId = model;
            }
        }
        """);

    [Fact]
    public Task A_switch_on_a_variant_guards_every_section() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IVariantFeatureManager features)
            {
                var variant = await features.GetVariantAsync("asr.clinical.model");
                switch (variant.Name)
                {
                    case "v7":
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
    public Task A_switch_expression_on_a_variant_guards_every_arm() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IVariantFeatureManager features)
            {
                var variant = await features.GetVariantAsync("asr.clinical.model");
                config.EndpointId = variant.Name switch
                {
                    "v7" => "asr-clinical-v7",
                    _ => "asr-clinical-v6",
                };
            }
        }
        """);

    [Fact]
    public Task A_default_overridden_under_a_flag_is_the_flags_fallback_path() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                config.EndpointId = "asr-clinical-v6";
                if (await features.IsEnabledAsync("asr.clinical.v7"))
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """);

    [Fact]
    public Task A_default_client_replaced_under_a_flag_is_the_flags_fallback_path() => Verify.VerifyAsync(Usings + """
        class Assistant
        {
            async Task<object> Create(OpenAI.OpenAIClient openAI, IFeatureManager features)
            {
                var client = openAI.GetChatClient("gpt-4o-mini");
                if (await features.IsEnabledAsync("chat.gpt-4o"))
                {
                    client = openAI.GetChatClient("gpt-4o");
                }

                return client;
            }
        }
        """);

    [Fact]
    public Task A_default_for_another_target_is_not_overridden() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, SpeechConfig other, IFeatureManager features)
            {
                other.EndpointId = {|RG2001:"asr-clinical-v6"|};
                if (await features.IsEnabledAsync("asr.clinical.v7"))
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """);

    [Fact]
    public Task An_early_return_on_a_flag_guards_what_follows() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task<string> Configure(SpeechConfig config, IFeatureManager features)
            {
                if (!await features.IsEnabledAsync("asr.clinical.v7"))
                    return "baseline";

                config.EndpointId = "asr-clinical-v7";
                return "candidate";
            }
        }
        """);

    [Fact]
    public Task An_early_throw_on_a_flag_guards_what_follows() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                var enabled = await features.IsEnabledAsync("asr.clinical.v7");
                if (!enabled)
                {
                    throw new InvalidOperationException("the candidate is switched off");
                }

                config.EndpointId = "asr-clinical-v7";
            }
        }
        """);

    [Fact]
    public Task A_flag_check_combined_with_another_condition_guards() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features, bool pilotTenant)
            {
                if (pilotTenant && await features.IsEnabledAsync("asr.clinical.v7"))
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """);

    [Fact]
    public Task A_lambda_registered_under_a_flag_check_is_guarded() => Verify.VerifyAsync(Usings + """
        class Startup
        {
            Func<SpeechConfig>? _factory;
            async Task Register(IFeatureManager features)
            {
                if (await features.IsEnabledAsync("asr.clinical.v7"))
                {
                    _factory = () => new SpeechConfig { EndpointId = "asr-clinical-v7" };
                }
            }
        }
        """);

    [Fact]
    public Task A_method_marked_FeatureGate_is_guarded() => Verify.VerifyAsync(Usings + """
        using Microsoft.FeatureManagement.Mvc;
        class RecognizerController
        {
            [FeatureGate("asr.clinical.v7")]
            void UseCandidate(SpeechConfig config) => config.EndpointId = "asr-clinical-v7";
        }
        """);

    [Fact]
    public Task A_type_marked_FeatureGate_is_guarded() => Verify.VerifyAsync(Usings + """
        using Microsoft.FeatureManagement.Mvc;
        [FeatureGate("asr.clinical.v7")]
        class CandidateController
        {
            void UseCandidate(SpeechConfig config) => config.EndpointId = "asr-clinical-v7";
        }
        """);

    [Fact]
    public Task A_method_marked_RollbackFlag_guards_the_selections_it_makes() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            [RollbackFlag("asr.clinical.v7")]
            void UseCandidate(SpeechConfig config) => config.EndpointId = "asr-clinical-v7";
        }
        """);

    [Fact]
    public Task A_type_marked_RollbackFlag_guards_its_members() => Verify.VerifyAsync(Usings + """
        [RollbackFlag("asr.clinical.v7")]
        class CandidateRecognizer
        {
            public SpeechConfig Config { get; } = new SpeechConfig { EndpointId = "asr-clinical-v7" };
        }
        """);

    [Fact]
    public Task A_member_marked_RollbackFlag_is_a_flag_check() => Verify.VerifyAsync(Usings + """
        class Flags
        {
            [RollbackFlag("asr.clinical.v7")]
            public bool UseCandidate => DateTime.UtcNow.Year > 2000;
        }
        class Recognizer
        {
            void Configure(SpeechConfig config, Flags flags) =>
                config.EndpointId = flags.UseCandidate ? "asr-clinical-v7" : "asr-clinical-v6";
        }
        """);

    [Fact]
    public Task A_method_of_this_project_that_reads_a_flag_is_a_flag_check() => Verify.VerifyAsync(Usings + """
        class Recognizer(IFeatureManager features)
        {
            private Task<bool> UseCandidateAsync() => features.IsEnabledAsync("asr.clinical.v7");

            async Task Configure(SpeechConfig config)
            {
                if (await UseCandidateAsync())
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """);

    [Fact]
    public Task A_property_of_this_project_that_reads_a_flag_is_a_flag_check() => Verify.VerifyAsync(Usings + """
        class Recognizer(LaunchDarkly.Sdk.Client.LdClient flags)
        {
            private bool UseCandidate => flags.BoolVariation("asr.clinical.v7", false);

            void Configure(SpeechConfig config) => config.EndpointId = UseCandidate ? "asr-clinical-v7" : "asr-clinical-v6";
        }
        """);

    [Fact]
    public Task A_method_of_this_project_that_reads_no_flag_guards_nothing() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            private static bool IsWeekend() => DateTime.UtcNow.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

            void Configure(SpeechConfig config)
            {
                if (IsWeekend())
                {
                    config.EndpointId = {|RG2001:"asr-clinical-v7"|};
                }
            }
        }
        """);

    [Fact]
    public Task A_condition_that_is_not_a_flag_check_guards_nothing() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            void Configure(SpeechConfig config)
            {
                if (DateTime.UtcNow.DayOfWeek == DayOfWeek.Monday)
                {
                    config.EndpointId = {|RG2001:"asr-clinical-v7"|};
                }
            }
        }
        """);

    [Fact]
    public Task A_flag_check_after_the_selection_guards_nothing() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                config.EndpointId = {|RG2001:"asr-clinical-v7"|};
                if (!await features.IsEnabledAsync("asr.clinical.v7"))
                {
                    return;
                }
            }
        }
        """);

    [Fact]
    public Task A_flag_check_whose_branches_both_continue_guards_nothing_after_it() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task Configure(SpeechConfig config, IFeatureManager features)
            {
                if (await features.IsEnabledAsync("asr.clinical.v7"))
                {
                    Console.WriteLine("candidate on");
                }

                config.EndpointId = {|RG2001:"asr-clinical-v7"|};
            }
        }
        """);

    [Fact]
    public Task A_flag_checked_in_another_method_guards_nothing() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            async Task<bool> UseCandidate(IFeatureManager features) => await features.IsEnabledAsync("asr.clinical.v7");
            void Configure(SpeechConfig config) => config.EndpointId = {|RG2001:"asr-clinical-v7"|};
        }
        """);

    [Fact]
    public Task A_selection_in_a_field_initializer_is_unguarded() => Verify.VerifyAsync(Usings + """
        class Recognizer
        {
            private readonly SpeechConfig _config = new SpeechConfig { EndpointId = {|RG2001:"asr-clinical-v7"|} };
        }
        """);
}
