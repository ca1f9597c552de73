namespace ReleaseGates.Engine.Json;

/// <summary>One "name": value pair of an object, with where its name is written.</summary>
public sealed class JsonMember
{
    public JsonMember(string name, TextSpan nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    /// <summary>The name as written, quotes included.</summary>
    public TextSpan NameSpan { get; }

    public TextPosition NamePosition => NameSpan.Start;

    public JsonNode Value { get; }
}
