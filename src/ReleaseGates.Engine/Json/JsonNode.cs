namespace ReleaseGates.Engine.Json;

/// <summary>
/// A JSON value that remembers where it was written and, for numbers, exactly how: the gate compares the
/// numbers as written, in decimal, and every error points at a line and column.
/// </summary>
public sealed class JsonNode
{
    private static readonly IReadOnlyList<JsonMember> NoMembers = Array.Empty<JsonMember>();
    private static readonly IReadOnlyList<JsonNode> NoItems = Array.Empty<JsonNode>();

    private JsonNode(JsonNodeKind kind, TextSpan span, string? text, IReadOnlyList<JsonMember>? members, IReadOnlyList<JsonNode>? items)
    {
        Kind = kind;
        Span = span;
        Text = text;
        Members = members ?? NoMembers;
        Items = items ?? NoItems;
    }

    public JsonNodeKind Kind { get; }

    /// <summary>The value's token: a scalar as written (quotes included), or an object's or array's opening bracket.</summary>
    public TextSpan Span { get; }

    public TextPosition Position => Span.Start;

    /// <summary>A string's value, a number's text as written, or the non-finite token (NaN, Infinity, -Infinity).</summary>
    public string? Text { get; }

    public IReadOnlyList<JsonMember> Members { get; }

    public IReadOnlyList<JsonNode> Items { get; }

    /// <summary>"an object", "a string", ... for messages that say what was found.</summary>
    public string KindDescription => Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.NonFiniteNumber => Text,
        JsonNodeKind.True => "true",
        JsonNodeKind.False => "false",
        _ => "null",
    } ?? "a value";

    public static JsonNode ObjectOf(TextSpan span, IReadOnlyList<JsonMember> members) => new(JsonNodeKind.Object, span, null, members, null);

    public static JsonNode ArrayOf(TextSpan span, IReadOnlyList<JsonNode> items) => new(JsonNodeKind.Array, span, null, null, items);

    public static JsonNode ScalarOf(JsonNodeKind kind, TextSpan span, string? text) => new(kind, span, text, null, null);

    /// <summary>The first member with this name, or null.</summary>
    public JsonMember? Member(string name)
    {
        foreach (var member in Members)
        {
            if (string.Equals(member.Name, name, StringComparison.Ordinal))
            {
                return member;
            }
        }

        return null;
    }
}
