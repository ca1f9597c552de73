using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>
/// Reads one object of gates.json against the keys it may have. Unknown keys (with a "did you mean"), duplicate
/// keys and wrong types are errors at their line and column: a typo must never pass silently.
/// </summary>
internal sealed class ObjectReader
{
    private readonly JsonNode _node;
    private readonly ErrorSink _errors;

    private ObjectReader(JsonNode node, string context, ErrorSink errors)
    {
        _node = node;
        Context = context;
        _errors = errors;
    }

    /// <summary>How messages name this object: "budget 'wer'", "capacity", "gates.json".</summary>
    public string Context { get; }

    public TextSpan Span => _node.Span;

    /// <summary>Where this object's errors go; nested objects report into the same file's list.</summary>
    public ErrorSink Sink => _errors;

    /// <summary>Null (and an error) when <paramref name="node"/> is not an object.</summary>
    public static ObjectReader? Open(JsonNode node, string context, IReadOnlyCollection<string> knownKeys, ErrorSink errors, string example)
    {
        if (node.Kind != JsonNodeKind.Object)
        {
            errors.Add(node.Span, $"{context} must be an object, not {node.KindDescription}; for example {example}");
            return null;
        }

        var seen = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var member in node.Members)
        {
            if (seen.TryGetValue(member.Name, out var first))
            {
                errors.Add(member.NameSpan, $"duplicate key '{member.Name}' in {context} (first at line {first.Start.Line}); keep one");
                continue;
            }

            seen.Add(member.Name, member.NameSpan);
            if (!knownKeys.Contains(member.Name))
            {
                var hint = Suggestions.DidYouMean(member.Name, knownKeys);
                errors.Add(
                    member.NameSpan,
                    hint.Length > 0
                        ? $"unknown key '{member.Name}' in {context}{hint}"
                        : $"unknown key '{member.Name}' in {context}; the keys it may have are {string.Join(", ", knownKeys.Select(k => "'" + k + "'"))}");
            }
        }

        return new ObjectReader(node, context, errors);
    }

    public JsonMember? Member(string key) => _node.Member(key);

    public void Error(TextSpan span, string message) => _errors.Add(span, message);

    public void RequireMissing(string key, string message)
    {
        _errors.Add(_node.Span, $"{Context} has no '{key}'; {message}");
    }

    public string? String(string key, bool required, string hint)
    {
        var member = _node.Member(key);
        if (member is null)
        {
            if (required)
            {
                RequireMissing(key, hint);
            }

            return null;
        }

        if (member.Value.Kind != JsonNodeKind.String || string.IsNullOrWhiteSpace(member.Value.Text))
        {
            _errors.Add(member.Value.Span, $"'{key}' in {Context} must be a non-empty string, not {Describe(member.Value)}; {hint}");
            return null;
        }

        return member.Value.Text;
    }

    /// <summary>A number read exactly from its text; <paramref name="validate"/> returns an error message or null.</summary>
    public decimal? Number(string key, bool required, string hint, Func<decimal, string?>? validate = null)
    {
        var member = _node.Member(key);
        if (member is null)
        {
            if (required)
            {
                RequireMissing(key, hint);
            }

            return null;
        }

        if (member.Value.Kind != JsonNodeKind.Number)
        {
            var quoted = member.Value.Kind == JsonNodeKind.String ? "; write the number without quotes" : string.Empty;
            _errors.Add(member.Value.Span, $"'{key}' in {Context} must be a number, not {Describe(member.Value)}{quoted}; {hint}");
            return null;
        }

        var value = ExactNumber.Parse(member.Value.Text!, out var problem);
        if (value is null)
        {
            _errors.Add(member.Value.Span, $"'{key}' in {Context}: {problem}; {hint}");
            return null;
        }

        var invalid = validate?.Invoke(value.Value);
        if (invalid is not null)
        {
            _errors.Add(member.Value.Span, $"'{key}' in {Context} is {member.Value.Text}; {invalid}");
            return null;
        }

        return value;
    }

    /// <summary>One of <paramref name="names"/>' words (exact spelling), or an error that lists them.</summary>
    public T? Choice<T>(string key, bool required, EnumNames<T> names)
        where T : struct, Enum
    {
        var options = string.Join(" or ", names.All.Select(a => "'" + a + "'"));
        var value = String(key, required, $"use {options}");
        if (value is null)
        {
            return null;
        }

        if (names.TryParse(value, out var parsed))
        {
            return parsed;
        }

        var member = _node.Member(key)!;
        _errors.Add(member.Value.Span, $"'{key}' in {Context} is '{value}'; use {options}{Suggestions.DidYouMean(value, names.All)}");
        return null;
    }

    public static string Describe(JsonNode node) => node.Kind switch
    {
        JsonNodeKind.String when string.IsNullOrWhiteSpace(node.Text) => "an empty string",
        JsonNodeKind.String => $"a string (\"{node.Text}\")",
        JsonNodeKind.Number => $"a number ({node.Text})",
        _ => node.KindDescription,
    };
}
