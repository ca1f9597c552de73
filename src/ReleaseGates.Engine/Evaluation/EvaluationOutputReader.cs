using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>
/// Reads an evaluation output file (contract §2), flat or structured, including Python's bare NaN/Infinity.
/// A file that is missing, unreadable, not JSON or not an object is invalid input; a metric that is not a finite
/// number is kept with its reason and judged as missing — except Infinity as a percentile or a mean, which is what
/// <c>release-gates metrics</c> writes over timeouts, the worst value there is (contract §7).
/// </summary>
public static class EvaluationOutputReader
{
    private const string SamplesKey = "samples";
    private const string MetricsKey = "metrics";
    private const string SlicesKey = "slices";
    private const string NormalizerKey = "normalizer";
    private const string EvalSetKey = "eval_set";

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
        var identity = ReadIdentity(root, errors);
        if (errors.HasErrors)
        {
            throw new InvalidInputException(errors.Errors);
        }

        return new EvaluationOutput(path, overall, slices, identity);
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
            if (!structured && member.Name is SamplesKey or SlicesKey or NormalizerKey or EvalSetKey)
            {
                continue;
            }

            if (!metrics.ContainsKey(member.Name))
            {
                metrics.Add(member.Name, ReadMetric(member.Name, member.Value));
            }
        }

        return new MetricSet(samples, metrics);
    }

    private static MetricValue ReadMetric(string name, JsonNode value)
    {
        switch (value.Kind)
        {
            case JsonNodeKind.Number:
                var number = ExactNumber.Parse(value.Text!, out var problem);
                return number is null ? MetricValue.Unusable(problem!, value.Position) : MetricValue.Number(number.Value, value.Position);
            case JsonNodeKind.NonFiniteNumber when value.Text == "Infinity" && TimeoutMetrics.CanBeInfinite(name):
                return MetricValue.Number(GateValue.PositiveInfinity, value.Position);
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

    /// <summary><c>normalizer</c> and <c>eval_set</c> at the top level, as <c>release-gates metrics</c> writes them.</summary>
    private static EvalSetIdentity ReadIdentity(JsonNode root, ErrorSink errors)
    {
        string? normalizer = null;
        var normalizerSpan = TextSpan.None;
        if (root.Member(NormalizerKey) is { } named)
        {
            normalizerSpan = named.Value.Span;
            if (named.Value.Kind == JsonNodeKind.String && !string.IsNullOrWhiteSpace(named.Value.Text))
            {
                normalizer = named.Value.Text;
            }
            else
            {
                errors.Add(named.Value.Span, $"'normalizer' must name the text normaliser and its version, e.g. \"standard/1\", not {ObjectDescription(named.Value)}");
            }
        }

        if (root.Member(EvalSetKey) is not { } evalSet)
        {
            return new EvalSetIdentity(normalizer, normalizerSpan, null, TextSpan.None, null);
        }

        var set = evalSet.Value;
        var fingerprint = set.Member("fingerprint")?.Value;
        var utterances = set.Member("utterances")?.Value;
        long? count = utterances is { Kind: JsonNodeKind.Number } && long.TryParse(utterances.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        if (set.Kind != JsonNodeKind.Object || fingerprint is not { Kind: JsonNodeKind.String } || !IsFingerprint(fingerprint.Text!) || (utterances is not null && count is null))
        {
            errors.Add(set.Span, "'eval_set' must be { \"utterances\": <whole number>, \"fingerprint\": \"sha256:<64 lowercase hex digits>\" }, as release-gates metrics writes it");
            return new EvalSetIdentity(normalizer, normalizerSpan, null, TextSpan.None, null);
        }

        return new EvalSetIdentity(normalizer, normalizerSpan, fingerprint.Text, fingerprint.Span, count);
    }

    private static bool IsFingerprint(string text) =>
        text.Length == 71 && text.StartsWith("sha256:", StringComparison.Ordinal)
        && text.Substring(7).All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

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
