using ReleaseGates.Engine.Json;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Gates;

/// <summary>gates.json <c>baseline</c> / <c>canary</c>: a file path, or <c>{ "utterances": "glob" }</c>.</summary>
internal static class EvaluationSourceReader
{
    internal static readonly string[] UtteranceKeys = { "utterances", "format" };

    public static EvaluationSource? Read(ObjectReader gates, string side, string directory)
    {
        var example = side == "baseline" ? "\"eval/baseline.json\"" : "\"eval/canary.json\"";
        var hint = $"name the evaluation output of the {(side == "baseline" ? "serving model" : "candidate")}, e.g. \"{side}\": {example}, or \"{side}\": {{ \"utterances\": \"eval/{side}/*.jsonl\" }}";
        if (gates.Member(side) is not { } member)
        {
            gates.RequireMissing(side, hint);
            return null;
        }

        var value = member.Value;
        if (value.Kind == JsonNodeKind.String && !string.IsNullOrWhiteSpace(value.Text))
        {
            return EvaluationSource.File(side, value.Text!, Resolve(directory, value.Text!), value.Span);
        }

        if (value.Kind != JsonNodeKind.Object)
        {
            gates.Error(value.Span, $"'{side}' must be a path or an object, not {ObjectReader.Describe(value)}; {hint}");
            return null;
        }

        // ObjectReader reports the problems; a null pattern means there was one.
        var source = ObjectReader.Open(value, $"'{side}'", UtteranceKeys, gates.Sink, "{ \"utterances\": \"eval/canary/*.jsonl\" }");
        var pattern = source?.String("utterances", required: true, "name the per-utterance file or a glob of its shards, e.g. \"eval/canary/*.jsonl\" or \"eval/canary/*.parquet\"");
        var format = source?.Choice("format", required: false, GateNames.SourceFormat);
        var invalidFormat = source?.Member("format") is not null && format is null;
        return pattern is null || invalidFormat ? null : EvaluationSource.Utterances(side, pattern, Combine(directory, pattern), value.Span, format ?? UtteranceFormat.Lines);
    }

    private static string Resolve(string directory, string path) => Path.GetFullPath(Combine(directory, path));

    // No GetFullPath for glob patterns: .NET Framework (Visual Studio's MSBuild) rejects '*' and '?' in it.
    private static string Combine(string directory, string path) =>
        Path.Combine(directory, path.Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar));
}
