namespace ReleaseGates.Engine.Json;

/// <summary>The text is not JSON; <see cref="Span"/> is the token where the reader stopped.</summary>
public sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(TextSpan span, string message)
        : base(message) => Span = span;

    public TextSpan Span { get; }

    public TextPosition Position => Span.Start;
}
