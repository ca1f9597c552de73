namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>
/// The public shapes of the model-selector and feature-flag SDKs the rollback rules know, as small stubs in the SDKs'
/// own namespaces: the analyzers match by namespace and name, so the tests need no SDK package.
/// </summary>
internal static class SdkStubs
{
    public const string Selectors = """
        namespace Microsoft.CognitiveServices.Speech
        {
            public enum PropertyId { SpeechServiceConnection_Key, SpeechServiceConnection_EndpointId, SpeechServiceConnection_SynthVoice }
            public class SpeechConfig
            {
                public static SpeechConfig FromSubscription(string key, string region) => new SpeechConfig();
                public string EndpointId { get; set; } = "";
                public string SpeechSynthesisVoiceName { get; set; } = "";
                public string SpeechRecognitionLanguage { get; set; } = "";
                public void SetProperty(PropertyId id, string value) { }
            }
            public sealed class SpeechTranslationConfig : SpeechConfig { }
            public sealed class EmbeddedSpeechConfig
            {
                public static EmbeddedSpeechConfig FromPath(string path) => new EmbeddedSpeechConfig();
                public void SetSpeechRecognitionModel(string name, string key) { }
                public void SetSpeechSynthesisVoice(string name, string key) { }
            }
        }
        namespace OpenAI
        {
            public class OpenAIClient
            {
                protected OpenAIClient() { }
                public OpenAIClient(string apiKey) { }
                public virtual OpenAI.Chat.ChatClient GetChatClient(string model) => new OpenAI.Chat.ChatClient(model, "");
                public virtual OpenAI.Audio.AudioClient GetAudioClient(string model) => new OpenAI.Audio.AudioClient(model, "");
                public virtual OpenAI.Embeddings.EmbeddingClient GetEmbeddingClient(string model) => new OpenAI.Embeddings.EmbeddingClient(model, "");
                public virtual OpenAI.Models.OpenAIModelClient GetOpenAIModelClient() => new OpenAI.Models.OpenAIModelClient();
            }
        }
        namespace OpenAI.Chat { public class ChatClient { public ChatClient(string model, string apiKey) { } } }
        namespace OpenAI.Audio { public class AudioClient { public AudioClient(string model, string apiKey) { } } }
        namespace OpenAI.Embeddings { public class EmbeddingClient { public EmbeddingClient(string model, string apiKey) { } } }
        namespace OpenAI.Models { public class OpenAIModelClient { public object GetModel(string model) => new object(); } }
        namespace Azure.AI.OpenAI
        {
            public class AzureOpenAIClient : global::OpenAI.OpenAIClient
            {
                public AzureOpenAIClient(System.Uri endpoint, string key) { }
                public override global::OpenAI.Chat.ChatClient GetChatClient(string deploymentName) => new global::OpenAI.Chat.ChatClient(deploymentName, "");
                public override global::OpenAI.Audio.AudioClient GetAudioClient(string deploymentName) => new global::OpenAI.Audio.AudioClient(deploymentName, "");
                public override global::OpenAI.Embeddings.EmbeddingClient GetEmbeddingClient(string deploymentName) => new global::OpenAI.Embeddings.EmbeddingClient(deploymentName, "");
            }
        }
        namespace Microsoft.Extensions.AI
        {
            public class ChatOptions { public string? ModelId { get; set; } public float? Temperature { get; set; } }
            public class SpeechToTextOptions { public string? ModelId { get; set; } public string? SpeechLanguage { get; set; } }
        }
        namespace Whisper.net
        {
            public sealed class WhisperFactory
            {
                public static WhisperFactory FromPath(string path) => new WhisperFactory();
                public static WhisperFactory FromBuffer(byte[] buffer) => new WhisperFactory();
            }
        }
        """;

    public const string Flags = """
        namespace Microsoft.FeatureManagement
        {
            using System.Threading;
            using System.Threading.Tasks;
            public interface IFeatureManager { Task<bool> IsEnabledAsync(string feature); Task<bool> IsEnabledAsync<TContext>(string feature, TContext context); }
            public interface IFeatureManagerSnapshot : IFeatureManager { }
            public class Variant { public string Name { get; set; } = ""; }
            public interface IVariantFeatureManager
            {
                ValueTask<bool> IsEnabledAsync(string feature, CancellationToken cancellationToken = default);
                ValueTask<Variant> GetVariantAsync(string feature, CancellationToken cancellationToken = default);
            }
            public interface IVariantFeatureManagerSnapshot : IVariantFeatureManager { }
        }
        namespace Microsoft.FeatureManagement.Mvc
        {
            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method)]
            public class FeatureGateAttribute : System.Attribute { public FeatureGateAttribute(params string[] features) { } }
        }
        namespace OpenFeature.Model { public sealed class EvaluationContext { } public sealed class FlagEvaluationDetails<T> { public T Value { get; } = default!; } }
        namespace OpenFeature
        {
            using System.Threading.Tasks;
            using OpenFeature.Model;
            public interface IFeatureClient
            {
                Task<bool> GetBooleanValueAsync(string flagKey, bool defaultValue, EvaluationContext? context = null);
                Task<FlagEvaluationDetails<bool>> GetBooleanDetailsAsync(string flagKey, bool defaultValue, EvaluationContext? context = null);
                Task<string> GetStringValueAsync(string flagKey, string defaultValue, EvaluationContext? context = null);
            }
            public sealed class Api { public static Api Instance { get; } = new Api(); public IFeatureClient GetClient() => null!; }
        }
        namespace OpenFeature.SDK
        {
            using System.Threading.Tasks;
            public sealed class FeatureClient
            {
                public Task<bool> GetBooleanValue(string flagKey, bool defaultValue) => Task.FromResult(defaultValue);
                public Task<string> GetStringValue(string flagKey, string defaultValue) => Task.FromResult(defaultValue);
            }
        }
        namespace LaunchDarkly.Sdk { public readonly struct Context { public static Context New(string key) => default; } }
        namespace LaunchDarkly.Sdk.Server.Interfaces
        {
            public interface ILdClient
            {
                bool BoolVariation(string key, LaunchDarkly.Sdk.Context context, bool defaultValue = false);
                string StringVariation(string key, LaunchDarkly.Sdk.Context context, string defaultValue);
            }
        }
        namespace LaunchDarkly.Sdk.Client
        {
            public sealed class LdClient
            {
                public static LdClient Instance { get; } = new LdClient();
                public bool BoolVariation(string key, bool defaultValue = false) => defaultValue;
                public string StringVariation(string key, string defaultValue) => defaultValue;
            }
        }
        namespace Unleash
        {
            public class Variant { public string Name { get; } = ""; public bool IsEnabled { get; } }
            public interface IUnleash
            {
                bool IsEnabled(string toggleName);
                bool IsEnabled(string toggleName, bool defaultSetting);
                Variant GetVariant(string toggleName);
            }
        }
        namespace ConfigCat.Client
        {
            using System.Threading;
            using System.Threading.Tasks;
            public class User { }
            public interface IConfigCatClient
            {
                Task<T> GetValueAsync<T>(string key, T defaultValue, User? user = null, CancellationToken cancellationToken = default);
                T GetValue<T>(string key, T defaultValue, User? user = null);
            }
        }
        namespace Flagsmith
        {
            using System.Threading.Tasks;
            public interface IFlags { Task<bool> IsFeatureEnabled(string featureName); Task<string> GetFeatureValue(string featureName); }
            public class FlagsmithClient { public Task<IFlags> GetEnvironmentFlags() => Task.FromResult<IFlags>(null!); }
        }
        namespace Contoso.Logging
        {
            public interface ILogger { bool IsEnabled(string level); }
        }
        """;
}
