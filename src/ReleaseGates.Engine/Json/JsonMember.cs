namespace ReleaseGates.Engine.Json;

/// <summary>One "name": value pair of an object, with the position of its name.</summary>
public sealed class JsonMember
{
    public JsonMember(string name, TextPosition namePosition, JsonNode value)
    {
        Name = name;
        NamePosition = namePosition;
        Value = value;
    }

    public string Name { get; }

    public TextPosition NamePosition { get; }

    public JsonNode Value { get; }
}
