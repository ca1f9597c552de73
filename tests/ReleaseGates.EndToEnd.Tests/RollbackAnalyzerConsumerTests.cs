namespace ReleaseGates.EndToEnd.Tests;

/// <summary>
/// The rollback analyzers as users meet them: the packed package in a consumer's dotnet build, with a gates.json
/// beside the project that the package hands to the analyzers. The release gate itself is switched off
/// (ReleaseGatesEnabled=false) so that only the analyzers speak.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class RollbackAnalyzerConsumerTests(PackageFeed feed)
{
    private const string GatesJson = """
        {
          "release": { "baseline": "asr-clinical-v6", "candidate": "asr-clinical-v7", "rollback_flags": ["asr.clinical.v7"] },
          "baseline": "eval/baseline.json",
          "canary": "eval/canary.json",
          "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } }
        }
        """;

    // The public shapes of the Speech SDK and Microsoft.FeatureManagement, in their namespaces: the analyzers match
    // selectors and flag reads by namespace and name, exactly as they match the real SDKs.
    private const string SdkShapes = """
        namespace Microsoft.CognitiveServices.Speech
        {
            public class SpeechConfig
            {
                public string EndpointId { get; set; } = "";
                public string SpeechSynthesisVoiceName { get; set; } = "";
            }
        }
        namespace Microsoft.FeatureManagement
        {
            public interface IFeatureManager { System.Threading.Tasks.Task<bool> IsEnabledAsync(string feature); }
        }
        """;

    private const string Service = """
        using Microsoft.CognitiveServices.Speech;
        using Microsoft.FeatureManagement;

        namespace Consumer;

        public sealed class Recognizer(IFeatureManager features)
        {
            public async Task ConfigureAsync(SpeechConfig config)
            {
                if (await features.IsEnabledAsync("asr.clinical.v7"))
                {
                    config.EndpointId = "asr-clinical-v7";
                }
                else
                {
                    config.EndpointId = "asr-clinical-v6";
                }

                if (await features.IsEnabledAsync("tts.voice.v3"))
                {
                    config.SpeechSynthesisVoiceName = "clinical-voice-v3";
                }
            }

            public void UseNewVoice(SpeechConfig config) => config.SpeechSynthesisVoiceName = "clinical-voice-v4";
        }
        """;

    private ConsumerProject Create(string name, string gatesJson) =>
        ConsumerProject.Create(feed, name, extraProperties: "<ReleaseGatesEnabled>false</ReleaseGatesEnabled>")
            .WithFile("SdkShapes.cs", SdkShapes)
            .WithFile("Recognizer.cs", Service)
            .WithFile("gates.json", gatesJson);

    private static void AssertAnalyzersLoaded(CommandResult build)
    {
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hard_coded_voice_and_an_undeclared_flag_are_reported_where_they_are_written()
    {
        var project = Create("rollback-analyzers", GatesJson);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var recognizer = project.PathOf("Recognizer.cs");
        Assert.Contains($"{recognizer}(25,87): warning RG2001: Voice \"clinical-voice-v4\" is hard-coded at SpeechConfig.SpeechSynthesisVoiceName", build.Output, StringComparison.Ordinal);
        Assert.Contains($"{recognizer}(19,43): warning RG2002: Flag \"tts.voice.v3\" switches a model (", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Flag \"asr.clinical.v7\"", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Model \"asr-clinical-v7\"", build.Output, StringComparison.Ordinal);
        AssertAnalyzersLoaded(build);
    }

    [Fact]
    public void An_invalid_gates_json_is_reported_inside_the_file()
    {
        var project = Create("rollback-invalid-gates", GatesJson.Replace("\"allowed_delta\"", "\"allowed_detla\"", StringComparison.Ordinal));

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains($"{project.PathOf("gates.json")}(5,57): warning RG0001: unknown key 'allowed_detla' in budget 'wer'; did you mean 'allowed_delta'?", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("RG2002", build.Output, StringComparison.Ordinal);
        AssertAnalyzersLoaded(build);
    }
}
