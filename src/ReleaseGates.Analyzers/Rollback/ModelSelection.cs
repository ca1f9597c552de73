using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>A place where a model or voice is chosen.</summary>
/// <param name="Operation">The call, object creation or assignment that selects the model.</param>
/// <param name="Value">The argument or assigned value that names the model.</param>
/// <param name="Selector">The selector as a user recognises it: "SpeechConfig.EndpointId", "OpenAIClient.GetChatClient(model)".</param>
internal sealed record ModelSelection(IOperation Operation, IOperation Value, string Selector);
