using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Whether a compilation can hold a transcript anywhere but in a method's own locals and parameters: it references a
/// speech SDK, declares one of the table's SDK types itself, declares a type named for recognition output or a member
/// named for a transcript (audio names alone are weak evidence: "samples", "recording"), or marks something <c>[Transcript]</c>/<c>[RawAudio]</c>. Answered from the assembly
/// names, the declaration table and declarations' attributes, without binding a method body.
/// </summary>
internal static class SpeechCode
{
    /// <summary>Assembly names (prefixes) of the speech SDKs the source table knows.</summary>
    private static readonly string[] SdkAssemblies =
    {
        "Microsoft.CognitiveServices.Speech", "Azure.Communication.CallAutomation", "Whisper.net", "OpenAI", "Azure.AI.OpenAI",
        "Microsoft.Extensions.AI", "Google.Cloud.Speech", "AWSSDK.TranscribeStreaming", "Deepgram", "Vosk", "System.Speech",
        "Windows", "AssemblyAI", "PvLeopard", "PvCheetah", "Leopard", "Cheetah", "sherpa-onnx", "sherpa-ncnn", "SherpaOnnx", "SherpaNcnn",
        "UnityEngine", "whisper.unity",
    };

    /// <summary>The simple names of the table's SDK types, for SDK code compiled into the project itself.</summary>
    private static readonly HashSet<string> SdkTypeNames = new(
        KnownSources.Members.Concat(KnownSources.AudioTypes)
            .Select(source => source.TypePattern.Substring(source.TypePattern.LastIndexOf('.') + 1))
            .Where(name => name.IndexOf('*') < 0),
        StringComparer.Ordinal);

    public static bool MayBeIn(Compilation compilation) =>
        compilation.ReferencedAssemblyNames.Any(assembly => SdkAssemblies.Any(sdk => assembly.Name.StartsWith(sdk, StringComparison.OrdinalIgnoreCase)))
        || compilation.ContainsSymbolsWithName(name => SdkTypeNames.Contains(name) || NameHeuristics.SaysTranscript(name) || NameHeuristics.SaysRecognitionOutput(name), SymbolFilter.Type)
        || compilation.ContainsSymbolsWithName(NameHeuristics.SaysTranscript, SymbolFilter.Member)
        || AttributeNames.IsUsedInSource(compilation, AttributeNames.Transcript, AttributeNames.RawAudio);
}
