using ReleaseGates.Analyzers.Configuration;
using ReleaseGates.Analyzers.Rollback;
using ReleaseGates.Analyzers.Tests.Verifiers;

namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>
/// The rollback and gates.json analyzers never throw on code that is half typed (missing expressions, unknown types
/// and members, unbalanced braces) nor on a gates.json that is half written: an exception would surface as AD0001
/// and silence every rule.
/// </summary>
public sealed class HalfTypedCodeTests
{
    public static TheoryData<string> HalfTypedSources => new()
    {
        "class C { void M(Microsoft.CognitiveServices.Speech.SpeechConfig c) { c.EndpointId = } }",
        "class C { object M(OpenAI.OpenAIClient c) => c.GetChatClient( }",
        "class C { object M() => new OpenAI.Chat.ChatClient(\"gpt",
        "class C { void M(UnknownConfig c) { c.EndpointId = \"asr-v7\"; } }",
        "class C { object M(OpenAI.OpenAIClient c) => c.GetChatClient(UnknownModels.Candidate); }",
        "class C { async System.Threading.Tasks.Task M(Microsoft.FeatureManagement.IFeatureManager f, Microsoft.CognitiveServices.Speech.SpeechConfig c) { if (await f.IsEnabledAsync( { c.EndpointId = \"asr-v7\"; } } }",
        "class C { async System.Threading.Tasks.Task M(Microsoft.FeatureManagement.IVariantFeatureManager f, Microsoft.CognitiveServices.Speech.SpeechConfig c) { var v = await f.GetVariantAsync(\"x\"); switch (v.) { case : c.EndpointId = \"asr-v7\"; } } }",
        "class C { void M(Microsoft.CognitiveServices.Speech.SpeechConfig c) { c.EndpointId = x switch { \"a\" => \"asr-v7\", => } ; } }",
        "class C { async System.Threading.Tasks.Task M(OpenFeature.IFeatureClient f, Microsoft.CognitiveServices.Speech.SpeechConfig c) { var m = await f.GetStringValueAsync(\"asr.model\", ); c.EndpointId = m; } }",
        "class C { void M(Microsoft.CognitiveServices.Speech.SpeechConfig c) { string m; if (!undefinedFlag) return; m = \"asr-v7\"; c.EndpointId = m; } }",
        "[ReleaseGates.RollbackFlag(] class C { void M(Microsoft.CognitiveServices.Speech.SpeechConfig c) { c.EndpointId = \"asr-v7\"; } }",
        "[Microsoft.FeatureManagement.Mvc.FeatureGate(UnknownFlags.X)] class C { void M(Microsoft.CognitiveServices.Speech.SpeechConfig c) { c.EndpointId = \"asr-v7\"; } }",
        "class C { void M(Microsoft.CognitiveServices.Speech.SpeechConfig c) { var (a, b) = (\"asr-v7\", 1); c.EndpointId = a; c.EndpointId = Models.; } }",
        "class C { [ReleaseGates.ModelSelector] void Load(string) { } void M() => Load(\"asr-v7\"",
    };

    public static TheoryData<string> HalfWrittenGatesFiles => new()
    {
        "",
        "{",
        "{ \"release\": { \"rollback_flags\": [\"asr.v7\", ",
        "{ \"release\": { \"rollback_flags\": [null, 1, {}] }, \"budgets\": { \"wer\": { \"direction\": } } }",
        "\"just a string\"",
        "{ \"budgets\": { \"wer\": { \"direction\": \"lower_is_better\", \"allowed_delta\": -1e400 } } }",
    };

    [Theory]
    [MemberData(nameof(HalfTypedSources))]
    public async Task Half_typed_code_never_throws(string source)
    {
        await RunAllAsync(source, RollbackVerifier<HardCodedModelSelectionAnalyzer>.GatesJson);
    }

    [Theory]
    [MemberData(nameof(HalfWrittenGatesFiles))]
    public async Task A_half_written_gates_json_never_throws(string gatesJson)
    {
        await RunAllAsync(
            "class C { async System.Threading.Tasks.Task M(OpenFeature.IFeatureClient f, Microsoft.CognitiveServices.Speech.SpeechConfig c) { if (await f.GetBooleanValueAsync(\"asr.v7\", true)) c.EndpointId = \"asr-v7\"; } }",
            gatesJson);
    }

    private static Task RunAllAsync(string source, string gatesJson) => NeverThrows.AssertAsync(
        [new HardCodedModelSelectionAnalyzer(), new UndeclaredRollbackFlagAnalyzer(), new FlagFallbackEnablesCandidateAnalyzer(), new InvalidGatesFileAnalyzer()],
        [("/Test.cs", source), ("/Stubs/Selectors.cs", SdkStubs.Selectors), ("/Stubs/Flags.cs", SdkStubs.Flags), ("/Stubs/RollbackAttributes.cs", PackageAttributes.Rollback)],
        editorConfig: null,
        new InMemoryAdditionalText("/gates.json", gatesJson));
}
