using System.Runtime.CompilerServices;
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

    /// <summary>The table's SDK types named in full, found in a reference or in SDK code compiled into the project itself.</summary>
    private static readonly string[] SdkTypes = KnownSources.Members.Concat(KnownSources.AudioTypes)
        .Select(source => source.TypePattern)
        .Where(name => name.IndexOf('*') < 0)
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    public static bool MayBeIn(CompilationSymbolCache cache) =>
        cache.Compilation.ReferencedAssemblyNames.Any(assembly => SdkAssemblies.Any(sdk => IsAssemblyOf(assembly.Name, sdk)))
        || SdkTypes.Any(type => cache.GetType(type) is not null)
        || NamesATranscript(cache.Compilation);

    /// <summary>
    /// Whether an assembly the compilation references, other than the framework's (System*, Microsoft.*, mscorlib,
    /// netstandard), declares a type whose name says transcript or recognition output. Answered from the assemblies'
    /// type-name tables, once per assembly.
    /// </summary>
    public static bool ReferencesSpeechTypeNames(Compilation compilation)
    {
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly
                && !IsFramework(assembly.Name)
                && NamesSpeechTypes.GetValue(assembly, static a => a.TypeNames.Any(SaysSpeechType) ? Yes : No) == Yes)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A type named for a transcript or recognition output; not an attribute class: the package compiles
    /// <c>TranscriptAttribute</c> into every project that references it, so its declaration says nothing (its use, which
    /// <see cref="AttributeNames.IsUsedInSource"/> finds, does).
    /// </summary>
    private static bool SaysSpeechType(string name) =>
        !name.EndsWith("Attribute", StringComparison.Ordinal) && (NameHeuristics.SaysTranscript(name) || NameHeuristics.SaysRecognitionOutput(name));

    private static readonly ConditionalWeakTable<IAssemblySymbol, object> NamesSpeechTypes = new();
    private static readonly object Yes = new();
    private static readonly object No = new();

    private static bool IsFramework(string assembly) =>
        assembly is "mscorlib" or "netstandard" or "System" || assembly.StartsWith("System.", StringComparison.Ordinal) || assembly.StartsWith("Microsoft.", StringComparison.Ordinal);

    /// <summary>"Whisper.net", "Whisper.net.Runtime", "Google.Cloud.Speech.V1" — but not "WindowsBase" for "Windows".</summary>
    private static bool IsAssemblyOf(string assembly, string sdk) =>
        assembly.StartsWith(sdk, StringComparison.OrdinalIgnoreCase)
        && (assembly.Length == sdk.Length || assembly[sdk.Length] is '.' or '-');

    private static bool NamesATranscript(Compilation compilation) =>
        compilation.ContainsSymbolsWithName(SaysSpeechType, SymbolFilter.Type)
        || compilation.ContainsSymbolsWithName(NameHeuristics.SaysTranscript, SymbolFilter.Member)
        || AttributeNames.IsUsedInSource(compilation, AttributeNames.Transcript, AttributeNames.RawAudio);
}
