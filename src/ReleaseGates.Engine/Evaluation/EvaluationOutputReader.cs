using System;
using System.Collections.Generic;
using System.IO;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>
/// Reads an evaluation output file (contract §2), flat or structured, including Python's bare NaN/Infinity.
/// A file that is missing, unreadable, not JSON or not an object is invalid input; a metric that is not a finite
/// number is kept with its reason and judged as missing.
/// </summary>
public static class EvaluationOutputReader
{
    private const string SamplesKey = "samples";
    private const string MetricsKey = "metrics";
    private const string SlicesKey = "slices";

    /// <param name="path">Absolute path of the file.</param>
    /// <param name="description">How messages name the file, e.g. "canary evaluation output 'eval/canary.json'".</param>
    /// <exception cref="InvalidInputException">The file cannot be judged.</exception>
    public static EvaluationOutput Read(string path, string description)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Invalid(path, TextSpan.None, $"{description} does not exist; check the path and that the evaluation step wrote the file");
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            throw Invalid(path, TextSpan.None, $"{description} is a folder; name the evaluation file in it");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw Invalid(path, TextSpan.None, $"{description} cannot be read ({e.Message}); check its permissions");
        }

        return Parse(bytes, path, description);
    }

    public static EvaluationOutput Parse(byte[] bytes, string path, string description)
    {
        JsonNode root;
        try
        {
            root = PositionedJsonParser.Parse(bytes, allowNonFiniteNumbers: true);
        }
        catch (JsonSyntaxException e)
        {
            throw Invalid(path, e.Span, $"{description} is not valid JSON: {e.Message}; the evaluation step must write a JSON object");
        }

        if (root.Kind != JsonNodeKind.Object)
        {
            throw Invalid(path, root.Span, $"{description} must be a JSON object of metric name -> number (or {{\"metrics\": {{...}}, \"slices\": {{...}}}}), not {root.KindDescription}");
        }

        var errors = new ErrorSink(path);
        var overall = ReadMetricSet(root, "the top level", errors);
        var slices = ReadSlices(root, errors);
        if (errors.HasErrors)
        {
            throw new InvalidInputException(errors.Errors);
        }

        return new EvaluationOutput(path, overall, slices);
    }

    /// <summary>
    /// A metric set is structured when it has an object-valued "metrics" key, flat otherwise (every number-like key
    /// but "samples" and "slices" is a metric). The top level and each slice follow the same rule.
    /// </summary>
    private static MetricSet ReadMetricSet(JsonNode node, string where, ErrorSink errors)
    {
        CheckDuplicates(node, where, errors);
        var samples = ReadSamples(node, where, errors);
        var metricsNode = node.Member(MetricsKey)?.Value;
        var structured = metricsNode is { Kind: JsonNodeKind.Object };
        if (structured)
        {
            CheckDuplicates(metricsNode!, where + " metrics", errors);
        }

        var metrics = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        foreach (var member in (structured ? metricsNode! : node).Members)
        {
            if (!structured && (member.Name == SamplesKey || member.Name == SlicesKey))
            {
                continue;
            }

            if (!metrics.ContainsKey(member.Name))
            {
                metrics.Add(member.Name, ReadMetric(member.Value));
            }
        }

        return new MetricSet(samples, metrics);
    }

    private static MetricValue ReadMetric(JsonNode value)
    {
        switch (value.Kind)
        {
            case JsonNodeKind.Number:
                var number = ExactNumber.Parse(value.Text!, out var problem);
                return number is null ? MetricValue.Unusable(problem!, value.Position) : MetricValue.Number(number.Value, value.Position);
            case JsonNodeKind.NonFiniteNumber:
                return MetricValue.Unusable($"is {value.Text} (not a finite number)", value.Position);
            default:
                return MetricValue.Unusable($"is {ObjectDescription(value)}, not a number", value.Position);
        }
    }

    private static decimal? ReadSamples(JsonNode node, string where, ErrorSink errors)
    {
        if (node.Member(SamplesKey) is not { } member)
        {
            return null;
        }

        var value = member.Value;
        var samples = value.Kind == JsonNodeKind.Number ? ExactNumber.Parse(value.Text!, out _) : null;
        if (samples is null || samples < 0 || samples != decimal.Truncate(samples.Value) || samples > int.MaxValue)
        {
            var found = value.Kind is JsonNodeKind.Number or JsonNodeKind.NonFiniteNumber ? value.Text : ObjectDescription(value);
            errors.Add(value.Span, $"'samples' at {where} is {found}; it must be a whole number >= 0, the count of utterances evaluated");
            return null;
        }

        return samples;
    }

    private static List<KeyValuePair<string, MetricSet>> ReadSlices(JsonNode root, ErrorSink errors)
    {
        var slices = new List<KeyValuePair<string, MetricSet>>();
        if (root.Member(SlicesKey) is not { } member)
        {
            return slices;
        }

        if (member.Value.Kind != JsonNodeKind.Object)
        {
            errors.Add(member.Value.Span, $"'slices' must be an object of slice name -> {{\"samples\": n, \"metrics\": {{...}}}}, not {ObjectDescription(member.Value)}");
            return slices;
        }

        CheckDuplicates(member.Value, "'slices'", errors);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slice in member.Value.Members)
        {
            if (!seen.Add(slice.Name))
            {
                continue;
            }

            if (slice.Value.Kind != JsonNodeKind.Object)
            {
                errors.Add(slice.Value.Span, $"slice '{slice.Name}' must be an object such as {{\"samples\": 900, \"metrics\": {{\"wer\": 0.09}}}}, not {ObjectDescription(slice.Value)}");
                continue;
            }

            slices.Add(new KeyValuePair<string, MetricSet>(slice.Name, ReadMetricSet(slice.Value, $"slice '{slice.Name}'", errors)));
        }

        return slices;
    }

    private static void CheckDuplicates(JsonNode node, string where, ErrorSink errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in node.Members)
        {
            if (!seen.Add(member.Name))
            {
                errors.Add(member.NameSpan, $"'{member.Name}' appears twice at {where}; an evaluation output must give each key once");
            }
        }
    }

    // Never echo a string's content: an evaluation output is the one file that might carry text, and reports
    // must not.
    private static string ObjectDescription(JsonNode node) => node.KindDescription;

    private static InvalidInputException Invalid(string path, TextSpan span, string message) =>
        new(GateDiagnostic.InvalidInput(path, span, message));
}
