using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// Recognises model and voice selectors: Azure AI Speech endpoint ids and voices, OpenAI / Azure OpenAI model and
/// deployment names (client getters and constructors), Microsoft.Extensions.AI model ids, Whisper.net model paths,
/// members marked <c>[ModelSelector]</c> and members listed in <c>release_gates.model_selectors</c>. SDK members are
/// matched by namespace and name, so no SDK is needed to build the analyzer and every SDK version is covered.
/// </summary>
internal static class ModelSelectors
{
    private static readonly NamespaceName Speech = new("Microsoft.CognitiveServices.Speech");
    private static readonly NamespaceName OpenAI = new("OpenAI");
    private static readonly NamespaceName AzureOpenAI = new("Azure.AI.OpenAI");
    private static readonly NamespaceName ExtensionsAI = new("Microsoft.Extensions.AI");
    private static readonly NamespaceName Whisper = new("Whisper.net");

    private static readonly HashSet<string> ModelParameterNames = new(StringComparer.Ordinal)
    {
        "model", "modelId", "deploymentName", "deploymentId",
    };

    private static readonly HashSet<string> SpeechModelMethods = new(StringComparer.Ordinal)
    {
        // Embedded (on-device) Speech: the first argument names the model or voice.
        "SetSpeechRecognitionModel", "SetSpeechSynthesisVoice", "SetSpeechTranslationModel",
    };

    private static readonly HashSet<string> SpeechModelPropertyIds = new(StringComparer.Ordinal)
    {
        "SpeechServiceConnection_EndpointId", "SpeechServiceConnection_SynthVoice",
    };

    public static void Collect(IOperation operation, RollbackSymbols symbols, MemberList configured, List<ModelSelection> found)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment:
                if (IsSelectorProperty(target.Property, symbols, configured))
                {
                    found.Add(new ModelSelection(assignment, assignment.Value, target.Property.ContainingType.Name + "." + target.Property.Name));
                }

                break;

            case ISimpleAssignmentOperation { Target: IFieldReferenceOperation target } assignment:
                if (IsMarked(target.Field, symbols, configured))
                {
                    found.Add(new ModelSelection(assignment, assignment.Value, target.Field.ContainingType.Name + "." + target.Field.Name));
                }

                break;

            case IInvocationOperation invocation:
                CollectArguments(invocation, invocation.TargetMethod, invocation.Arguments, symbols, configured, found);
                break;

            case IObjectCreationOperation { Constructor: { } constructor } creation:
                CollectArguments(creation, constructor, creation.Arguments, symbols, configured, found);
                break;
        }
    }

    private static bool IsSelectorProperty(IPropertySymbol property, RollbackSymbols symbols, MemberList configured)
    {
        switch (property.Name)
        {
            case "EndpointId" or "SpeechSynthesisVoiceName" when Speech.Contains(property.ContainingType):
            case "ModelId" when ExtensionsAI.Contains(property.ContainingType) && property.ContainingType.Name.EndsWith("Options", StringComparison.Ordinal):
            case "DeploymentName" when AzureOpenAI.Contains(property.ContainingType):
                return true;
            default:
                return IsMarked(property, symbols, configured);
        }
    }

    private static bool IsMarked(ISymbol member, RollbackSymbols symbols, MemberList configured) =>
        (symbols.MayCarryModelSelector(member) && AttributeNames.Has(member, AttributeNames.ModelSelector))
        || configured.Contains(member);

    private static void CollectArguments(
        IOperation operation,
        IMethodSymbol method,
        ImmutableArray<IArgumentOperation> arguments,
        RollbackSymbols symbols,
        MemberList configured,
        List<ModelSelection> found)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return;
        }

        if (IsOpenAIModelMember(method))
        {
            var selector = Selector(method, type);
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter && ModelParameterNames.Contains(parameter.Name))
                {
                    Add(argument, selector, found);
                }
            }

            return;
        }

        var name = method.Name;
        if ((name == "FromPath" && type.Name == "WhisperFactory" && Whisper.Contains(type))
            || (SpeechModelMethods.Contains(name) && Speech.Contains(type)))
        {
            AddFirstString(arguments, Selector(method, type), found);
            return;
        }

        if (name == "SetProperty" && arguments.Length == 2 && Speech.Contains(type) && IsSpeechModelPropertyId(arguments[0].Value))
        {
            Add(arguments[1], Selector(method, type), found);
            return;
        }

        if (IsMarked(method, symbols, configured))
        {
            AddFirstString(arguments, Selector(method, type), found);
            return;
        }

        if (symbols.MayCarryModelSelector(method))
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && AttributeNames.Has(parameter, AttributeNames.ModelSelector))
                {
                    Add(argument, Selector(method, type), found);
                }
            }
        }
    }

    private static string Selector(IMethodSymbol method, INamedTypeSymbol type) =>
        method.MethodKind == MethodKind.Constructor ? "new " + type.Name : type.Name + "." + method.Name;

    /// <summary>OpenAI / Azure OpenAI / Microsoft.Extensions.AI client constructors and client getters (GetChatClient, AsChatClient, ...).</summary>
    private static bool IsOpenAIModelMember(IMethodSymbol method)
    {
        var name = method.Name;
        var isClientMember = method.MethodKind == MethodKind.Constructor
            || ((name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("As", StringComparison.Ordinal))
                && (name.EndsWith("Client", StringComparison.Ordinal) || name.EndsWith("Generator", StringComparison.Ordinal)));
        var type = method.ContainingType;
        return isClientMember && (OpenAI.Contains(type) || AzureOpenAI.Contains(type) || ExtensionsAI.Contains(type));
    }

    private static bool IsSpeechModelPropertyId(IOperation value) =>
        value.WalkDownConversion() is IFieldReferenceOperation { Field: { } field } && SpeechModelPropertyIds.Contains(field.Name);

    private static void AddFirstString(ImmutableArray<IArgumentOperation> arguments, string selector, List<ModelSelection> found)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter && !IsExtensionReceiver(parameter))
            {
                Add(argument, selector, found);
                return;
            }
        }
    }

    private static bool IsExtensionReceiver(IParameterSymbol parameter) =>
        parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { IsExtensionMethod: true };

    private static void Add(IArgumentOperation argument, string selector, List<ModelSelection> found)
    {
        if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is null)
        {
            return;
        }

        found.Add(new ModelSelection(argument, argument.Value, selector + "(" + argument.Parameter.Name + ")"));
    }
}
