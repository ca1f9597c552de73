using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>A place where a model or voice is chosen: the call, creation or assignment, and the value that chooses it.</summary>
internal sealed class ModelSelection
{
    public ModelSelection(IOperation operation, IOperation value, string selector)
    {
        Operation = operation;
        Value = value;
        Selector = selector;
    }

    /// <summary>The call, object creation or assignment that selects the model.</summary>
    public IOperation Operation { get; }

    /// <summary>The argument or assigned value that names the model.</summary>
    public IOperation Value { get; }

    /// <summary>The selector as a user recognises it: "SpeechConfig.EndpointId", "OpenAIClient.GetChatClient(model)".</summary>
    public string Selector { get; }
}
