using Verify = ReleaseGates.Analyzers.Tests.Rollback.RollbackVerifier<ReleaseGates.Analyzers.Rollback.HardCodedModelSelectionAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>
/// RG2001: each flag API of the contract guards a selection — Microsoft.FeatureManagement (including variants and
/// snapshots), OpenFeature (current ...Async names and older ones), LaunchDarkly server and client SDKs, Unleash,
/// ConfigCat, Flagsmith and release_gates.flag_check_methods. A method of the same name elsewhere is no flag check.
/// </summary>
public sealed class FlagApiTests
{
    private const string Service = """
        using System.Threading.Tasks;
        using Microsoft.CognitiveServices.Speech;
        using Microsoft.FeatureManagement;
        using OpenFeature;
        using LaunchDarkly.Sdk;
        using LaunchDarkly.Sdk.Server.Interfaces;
        using Unleash;
        using ConfigCat.Client;
        using Flagsmith;

        class Recognizer
        {
            IFeatureManager featureManager = null!;
            IFeatureManagerSnapshot snapshot = null!;
            IVariantFeatureManager variantManager = null!;
            IVariantFeatureManagerSnapshot variantSnapshot = null!;
            IFeatureClient openFeature = null!;
            OpenFeature.SDK.FeatureClient olderOpenFeature = null!;
            ILdClient launchDarkly = null!;
            IUnleash unleash = null!;
            IConfigCatClient configCat = null!;
            FlagsmithClient flagsmith = null!;
            Contoso.Logging.ILogger logger = null!;

            async Task Configure(SpeechConfig config)
            {
                if (CONDITION)
                {
                    config.EndpointId = SELECTION;
                }
            }
        }
        """;

    [Theory]
    [InlineData("await featureManager.IsEnabledAsync(\"asr.clinical.v7\")")]
    [InlineData("await featureManager.IsEnabledAsync(\"asr.clinical.v7\", \"tenant-42\")")]
    [InlineData("await snapshot.IsEnabledAsync(\"asr.clinical.v7\")")]
    [InlineData("await variantManager.IsEnabledAsync(\"asr.clinical.v7\")")]
    [InlineData("await variantSnapshot.IsEnabledAsync(\"asr.clinical.v7\")")]
    [InlineData("(await variantManager.GetVariantAsync(\"asr.clinical.model\")).Name == \"v7\"")]
    [InlineData("await variantManager.GetVariantAsync(\"asr.clinical.model\") is { Name: \"v7\" }")]
    [InlineData("await openFeature.GetBooleanValueAsync(\"asr.clinical.v7\", false)")]
    [InlineData("(await openFeature.GetBooleanDetailsAsync(\"asr.clinical.v7\", false)).Value")]
    [InlineData("await openFeature.GetStringValueAsync(\"asr.clinical.model\", \"v6\") == \"v7\"")]
    [InlineData("await olderOpenFeature.GetBooleanValue(\"asr.clinical.v7\", false)")]
    [InlineData("launchDarkly.BoolVariation(\"asr.clinical.v7\", Context.New(\"tenant-42\"), false)")]
    [InlineData("launchDarkly.StringVariation(\"asr.clinical.model\", Context.New(\"tenant-42\"), \"v6\") == \"v7\"")]
    [InlineData("LaunchDarkly.Sdk.Client.LdClient.Instance.BoolVariation(\"asr.clinical.v7\")")]
    [InlineData("unleash.IsEnabled(\"asr.clinical.v7\")")]
    [InlineData("unleash.IsEnabled(\"asr.clinical.v7\", false)")]
    [InlineData("unleash.GetVariant(\"asr.clinical.model\").Name == \"v7\"")]
    [InlineData("await configCat.GetValueAsync(\"asr.clinical.v7\", false)")]
    [InlineData("configCat.GetValue(\"asr.clinical.v7\", false)")]
    [InlineData("await configCat.GetValueAsync(\"asr.clinical.model\", \"v6\") == \"v7\"")]
    [InlineData("await (await flagsmith.GetEnvironmentFlags()).IsFeatureEnabled(\"asr.clinical.v7\")")]
    [InlineData("await (await flagsmith.GetEnvironmentFlags()).GetFeatureValue(\"asr.clinical.model\") == \"v7\"")]
    public Task Each_flag_api_guards_a_selection(string condition) =>
        Verify.VerifyAsync(Service.Replace("CONDITION", condition).Replace("SELECTION", "\"asr-clinical-v7\""));

    [Fact]
    public Task A_method_of_a_flag_api_name_outside_the_flag_sdks_is_no_flag_check() =>
        Verify.VerifyAsync(Service.Replace("CONDITION", "logger.IsEnabled(\"debug\")").Replace("SELECTION", "{|RG2001:\"asr-clinical-v7\"|}"));

    [Fact]
    public Task A_method_marked_RollbackFlag_is_a_flag_check_taking_the_flag_name() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        using ReleaseGates;
        class Flags
        {
            [RollbackFlag]
            public bool IsOn(string flag) => flag.Length > 0;
        }
        class Recognizer
        {
            void Configure(SpeechConfig config, Flags flags)
            {
                if (flags.IsOn("asr.clinical.v7"))
                {
                    config.EndpointId = "asr-clinical-v7";
                }
            }
        }
        """);

    [Theory]
    [InlineData("Contoso.Flags.Rollouts.IsOn")]
    [InlineData("M:Contoso.Flags.Rollouts.IsOn(System.String)")]
    public Task Flag_check_methods_configured_in_editorconfig_are_flag_checks(string configured) => Verify.VerifyAsync(
        """
        using Microsoft.CognitiveServices.Speech;
        namespace Contoso.Flags
        {
            static class Rollouts { public static bool IsOn(string flag) => flag.Length > 0; }
            class Recognizer
            {
                void Configure(SpeechConfig config)
                {
                    if (Rollouts.IsOn("asr.clinical.v7"))
                    {
                        config.EndpointId = "asr-clinical-v7";
                    }
                }
            }
        }
        """,
        gatesJson: null,
        editorConfig: "release_gates.flag_check_methods = " + configured);

    [Fact]
    public Task Without_configuration_the_same_method_is_no_flag_check() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        namespace Contoso.Flags
        {
            static class Rollouts { public static bool IsOn(string flag) => flag.Length > 0; }
            class Recognizer
            {
                void Configure(SpeechConfig config)
                {
                    if (Rollouts.IsOn("asr.clinical.v7"))
                    {
                        config.EndpointId = {|RG2001:"asr-clinical-v7"|};
                    }
                }
            }
        }
        """);
}
