using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// The rollback family's per-compilation context, created once through the shared <see cref="CompilationSymbolCache"/>:
/// which model-selector APIs and attributes the compilation can see at all, and the members configured in .editorconfig.
/// </summary>
internal sealed class RollbackSymbols
{
    // One type per SDK is enough to know the SDK is referenced; the selectors themselves are matched by namespace and name.
    private static readonly string[] SelectorSdkTypes =
    {
        "Microsoft.CognitiveServices.Speech.SpeechConfig",
        "OpenAI.OpenAIClient",
        "OpenAI.Chat.ChatClient",
        "OpenAI.Audio.AudioClient",
        "OpenAI.Embeddings.EmbeddingClient",
        "Azure.AI.OpenAI.AzureOpenAIClient",
        "Azure.AI.OpenAI.OpenAIClient",
        "Microsoft.Extensions.AI.ChatOptions",
        "Microsoft.Extensions.AI.SpeechToTextOptions",
        "Whisper.net.WhisperFactory",
    };

    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _assembliesWithModelSelector = new(SymbolEqualityComparer.Default);
    private readonly Compilation _compilation;
    private readonly bool _modelSelectorInSource;

    private RollbackSymbols(CompilationSymbolCache cache)
    {
        var compilation = _compilation = cache.Compilation;
        foreach (var metadataName in SelectorSdkTypes)
        {
            if (cache.GetType(metadataName) is not null)
            {
                ReferencesSelectorSdk = true;
                break;
            }
        }

        ModelSelectorAttributeExists = DeclaresAttribute(compilation, AttributeNames.ModelSelector);
        _modelSelectorInSource = ModelSelectorAttributeExists && AttributeNames.IsUsedInSource(compilation, AttributeNames.ModelSelector);
        ModelSelectorInUse = _modelSelectorInSource
            || (ModelSelectorAttributeExists && RuntimeAssemblies.Outside(compilation).Any(MarksModelSelectors));
        RollbackFlagAttributeExists = DeclaresAttribute(compilation, AttributeNames.RollbackFlag);
        FeatureGateAttributeExists = DeclaresAttribute(compilation, AttributeFlagReads.FeatureGate);
        ConfiguredMembers = new ConfiguredMembers();
    }

    public bool ReferencesSelectorSdk { get; }

    public bool ModelSelectorAttributeExists { get; }

    /// <summary>A declaration of this project or of a referenced assembly is marked <c>[ModelSelector]</c>.</summary>
    public bool ModelSelectorInUse { get; }

    public bool RollbackFlagAttributeExists { get; }

    public bool FeatureGateAttributeExists { get; }

    public ConfiguredMembers ConfiguredMembers { get; }

    /// <summary>
    /// Whether a member can carry <c>[ModelSelector]</c>: its assembly marks something with it (this project's source,
    /// or a referenced assembly's metadata). The package declares the attribute in every project, so a solution's
    /// projects all declare it and almost none use it: without this, every call to a sibling project's member would
    /// have its attributes read.
    /// </summary>
    public bool MayCarryModelSelector(ISymbol member)
    {
        if (!ModelSelectorAttributeExists || member.ContainingAssembly is not { } assembly)
        {
            return false;
        }

        return SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly) ? _modelSelectorInSource : MarksModelSelectors(assembly);
    }

    public static RollbackSymbols For(Compilation compilation) =>
        CompilationSymbolCache.For(compilation).GetOrCreate(static cache => new RollbackSymbols(cache));

    private bool MarksModelSelectors(IAssemblySymbol assembly) =>
        _assembliesWithModelSelector.GetOrAdd(assembly, a => Declares(a, AttributeNames.ModelSelector) && ReferenceAttributes.Marks(_compilation, a, AttributeNames.ModelSelector));

    /// <summary>Attributes are matched by simple name in any namespace: look the name up in every assembly's type-name set.</summary>
    private static bool DeclaresAttribute(Compilation compilation, string name) =>
        Declares(compilation.Assembly, name) || DeclaredByAReference(compilation, name);

    private static bool DeclaredByAReference(Compilation compilation, string name)
    {
        foreach (var assembly in RuntimeAssemblies.Outside(compilation))
        {
            if (Declares(assembly, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Declares(IAssemblySymbol assembly, string name) =>
        assembly.TypeNames.Contains(name + "Attribute") || assembly.TypeNames.Contains(name);
}
