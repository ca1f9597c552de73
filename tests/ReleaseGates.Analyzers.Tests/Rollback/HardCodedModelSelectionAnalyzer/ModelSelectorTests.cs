using Verify = ReleaseGates.Analyzers.Tests.Rollback.RollbackVerifier<ReleaseGates.Analyzers.Rollback.HardCodedModelSelectionAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>RG2001 sees every model selector of the contract, and nothing that only looks like one.</summary>
public sealed class ModelSelectorTests
{
    [Fact]
    public async Task A_member_a_referenced_assembly_marks_ModelSelector_is_a_selector_and_its_unmarked_neighbour_is_not()
    {
        var test = Verify.Create("""
            class Session
            {
                void Start(Voices.Catalog catalog)
                {
                    catalog.Use({|RG2001:"en-US-AvaMultilingualNeural"|});
                    catalog.Describe("en-US-AvaMultilingualNeural");
                }
            }
            """, gatesJson: null);
        test.TestState.AdditionalReferences.Add(Built("""
            namespace Voices
            {
                public class Catalog
                {
                    [ReleaseGates.ModelSelector] public void Use(string voice) { }
                    public string Describe(string voice) => voice;
                }
            }
            """));
        await test.RunAsync();
    }

    /// <summary>An assembly built from <paramref name="source"/> and the package's attributes, as a sibling project with the package is.</summary>
    private static Microsoft.CodeAnalysis.PortableExecutableReference Built(string source)
    {
        var library = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Voices",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source), Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(PackageAttributes.Rollback)],
            Basic.Reference.Assemblies.Net80.References.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emitted = library.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(stream.ToArray());
    }

    [Fact]
    public Task Speech_endpoint_id_is_a_selector() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            void Configure(SpeechConfig config) => config.EndpointId = {|RG2001:"asr-clinical-v7"|};
        }
        """);

    [Fact]
    public Task Speech_endpoint_id_on_a_derived_config_is_a_selector() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class Translator
        {
            void Configure(SpeechTranslationConfig config) => config.EndpointId = {|RG2001:"asr-clinical-v7"|};
        }
        """);

    [Fact]
    public Task Speech_synthesis_voice_set_in_an_object_initializer_is_a_selector() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class Synthesizer
        {
            SpeechConfig Create() => new SpeechConfig { SpeechSynthesisVoiceName = {|RG2001:"en-US-AvaMultilingualNeural"|} };
        }
        """);

    [Fact]
    public Task Speech_endpoint_id_set_as_a_property_id_is_a_selector() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            void Configure(SpeechConfig config)
            {
                config.SetProperty(PropertyId.SpeechServiceConnection_EndpointId, {|RG2001:"asr-clinical-v7"|});
                config.SetProperty(PropertyId.SpeechServiceConnection_Key, "not-a-model");
            }
        }
        """);

    [Fact]
    public Task Embedded_speech_model_is_a_selector() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class OnDevice
        {
            void Configure(EmbeddedSpeechConfig config, string key) => config.SetSpeechRecognitionModel({|RG2001:"en-US-clinical-v7"|}, key);
        }
        """);

    [Fact]
    public Task Speech_recognition_language_is_not_a_model() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            void Configure(SpeechConfig config) => config.SpeechRecognitionLanguage = "en-US";
        }
        """);

    [Theory]
    [InlineData("GetChatClient")]
    [InlineData("GetAudioClient")]
    [InlineData("GetEmbeddingClient")]
    public Task OpenAI_client_getters_are_selectors(string getter) => Verify.VerifyAsync($$"""
        using OpenAI;
        class Assistant
        {
            object Create(OpenAIClient client) => client.{{getter}}({|RG2001:"gpt-4o-transcribe"|});
        }
        """);

    [Theory]
    [InlineData("GetChatClient")]
    [InlineData("GetAudioClient")]
    [InlineData("GetEmbeddingClient")]
    public Task Azure_OpenAI_deployment_names_are_selectors(string getter) => Verify.VerifyAsync($$"""
        using Azure.AI.OpenAI;
        class Assistant
        {
            object Create(AzureOpenAIClient client) => client.{{getter}}({|RG2001:"clinical-notes-v7"|});
        }
        """);

    [Theory]
    [InlineData("OpenAI.Chat.ChatClient")]
    [InlineData("OpenAI.Audio.AudioClient")]
    [InlineData("OpenAI.Embeddings.EmbeddingClient")]
    public Task OpenAI_client_constructors_select_by_their_model_argument_only(string client) => Verify.VerifyAsync($$"""
        class Assistant
        {
            object Create() => new {{client}}({|RG2001:"gpt-4o"|}, "sk-test");
        }
        """);

    [Fact]
    public Task OpenAI_calls_that_only_look_a_model_up_are_not_selectors() => Verify.VerifyAsync("""
        using OpenAI;
        class Catalog
        {
            object Describe(OpenAIClient client) => client.GetOpenAIModelClient().GetModel("gpt-4o");
        }
        """);

    [Fact]
    public Task Extensions_AI_chat_options_model_id_is_a_selector() => Verify.VerifyAsync("""
        using Microsoft.Extensions.AI;
        class Assistant
        {
            ChatOptions Options() => new ChatOptions { ModelId = {|RG2001:"gpt-4o"|}, Temperature = 0.2f };
        }
        """);

    [Fact]
    public Task Extensions_AI_speech_to_text_options_model_id_is_a_selector() => Verify.VerifyAsync("""
        using Microsoft.Extensions.AI;
        class Transcriber
        {
            void Configure(SpeechToTextOptions options)
            {
                options.ModelId = {|RG2001:"whisper-large-v3"|};
                options.SpeechLanguage = "en";
            }
        }
        """);

    [Fact]
    public Task Whisper_model_path_is_a_selector_and_a_model_buffer_is_not() => Verify.VerifyAsync("""
        using Whisper.net;
        class Transcriber
        {
            WhisperFactory FromFile() => WhisperFactory.FromPath({|RG2001:"models/ggml-large-v3.bin"|});
            WhisperFactory FromBytes(byte[] model) => WhisperFactory.FromBuffer(model);
        }
        """);

    [Fact]
    public Task ModelSelector_attribute_on_a_method_marks_its_first_string_parameter() => Verify.VerifyAsync("""
        using ReleaseGates;
        class Voices
        {
            [ModelSelector] void Use(string voice, string locale) { }
            void Start() => Use({|RG2001:"clinical-voice-v7"|}, "en-US");
        }
        """);

    [Fact]
    public Task ModelSelector_attribute_on_a_parameter_and_on_a_property() => Verify.VerifyAsync("""
        using ReleaseGates;
        class Pipeline
        {
            [ModelSelector] public string Acoustic { get; set; } = "";
            void Load(int beam, [ModelSelector] string model) { }
            void Start()
            {
                Load(8, {|RG2001:"acoustic-v7"|});
                Acoustic = {|RG2001:"acoustic-v7"|};
            }
        }
        """);

    [Fact]
    public Task ModelSelector_attribute_on_a_constructor_and_on_a_field() => Verify.VerifyAsync("""
        using ReleaseGates;
        class Pipeline
        {
            [ModelSelector] public string Voice = "";
            [ModelSelector] public Pipeline(string acoustic) { }
            static Pipeline Start() => new Pipeline({|RG2001:"acoustic-v7"|}) { Voice = {|RG2001:"clinical-voice-v7"|} };
        }
        """);

    [Fact]
    public Task ModelSelector_attribute_is_matched_by_name_in_any_namespace() => Verify.VerifyAsync("""
        namespace Contoso.Speech
        {
            [System.AttributeUsage(System.AttributeTargets.Method)] sealed class ModelSelector : System.Attribute { }
            class Loader
            {
                [ModelSelector] void Load(string model) { }
                void Start() => Load({|RG2001:"acoustic-v7"|});
            }
        }
        """);

    [Fact]
    public Task Unmarked_methods_are_not_selectors() => Verify.VerifyAsync("""
        class Loader
        {
            void Load(string model) { }
            void Start() => Load("acoustic-v7");
        }
        """);

    [Theory]
    [InlineData("M:Contoso.Asr.ModelLoader.Load(System.String)")]
    [InlineData("Contoso.Asr.ModelLoader.Load")]
    [InlineData("Contoso.Asr.Other.Thing, Contoso.Asr.ModelLoader.Load")]
    public Task Model_selectors_configured_in_editorconfig_are_selectors(string configured) => Verify.VerifyAsync(
        """
        namespace Contoso.Asr
        {
            static class ModelLoader { public static void Load(string model) { } }
            class Startup { void Run() => ModelLoader.Load({|RG2001:"acoustic-v7"|}); }
        }
        """,
        gatesJson: null,
        editorConfig: "release_gates.model_selectors = " + configured);

    [Fact]
    public Task Configured_property_selector_is_a_selector() => Verify.VerifyAsync(
        """
        namespace Contoso.Tts
        {
            class VoiceOptions { public string Voice { get; set; } = ""; }
            class Startup { void Run(VoiceOptions options) => options.Voice = {|RG2001:"clinical-voice-v7"|}; }
        }
        """,
        gatesJson: null,
        editorConfig: "release_gates.model_selectors = P:Contoso.Tts.VoiceOptions.Voice");

    [Fact]
    public Task Without_configuration_the_same_member_is_not_a_selector() => Verify.VerifyAsync("""
        namespace Contoso.Asr
        {
            static class ModelLoader { public static void Load(string model) { } }
            class Startup { void Run() => ModelLoader.Load("acoustic-v7"); }
        }
        """);

    [Fact]
    public Task Message_names_the_model_the_selector_and_the_fix() => Verify.VerifyAsync(
        """
        using Microsoft.CognitiveServices.Speech;
        class Recognizer
        {
            void Configure(SpeechConfig config) => config.EndpointId = {|#0:"asr-clinical-v7"|};
        }
        """,
        Verify.GatesJson,
        editorConfig: null,
        Verify.Diagnostic("RG2001").WithLocation(0).WithMessage(
            "Model \"asr-clinical-v7\" is hard-coded at SpeechConfig.EndpointId with no rollback flag: check \"asr.clinical.v7\" first, or read it from configuration"));

    [Fact]
    public Task Message_names_a_tts_voice_as_a_voice() => Verify.VerifyAsync(
        """
        using Microsoft.CognitiveServices.Speech;
        class Synthesizer
        {
            void Configure(SpeechConfig config) => config.SpeechSynthesisVoiceName = {|#0:"clinical-voice-v4"|};
        }
        """,
        Verify.GatesJson,
        editorConfig: null,
        Verify.Diagnostic("RG2001").WithLocation(0).WithMessage(
            "Voice \"clinical-voice-v4\" is hard-coded at SpeechConfig.SpeechSynthesisVoiceName with no rollback flag: check \"asr.clinical.v7\" first, or read it from configuration"));
}
