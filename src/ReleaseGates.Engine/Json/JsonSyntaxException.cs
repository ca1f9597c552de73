using System;

namespace ReleaseGates.Engine.Json;

/// <summary>The text is not JSON; <see cref="Position"/> is where the reader stopped.</summary>
public sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(TextPosition position, string message)
        : base(message) => Position = position;

    public TextPosition Position { get; }
}
