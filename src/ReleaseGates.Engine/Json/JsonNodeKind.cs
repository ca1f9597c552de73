namespace ReleaseGates.Engine.Json;

public enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,

    /// <summary>Python's bare NaN, Infinity or -Infinity (only where non-finite tokens are allowed).</summary>
    NonFiniteNumber,
    True,
    False,
    Null,
}
