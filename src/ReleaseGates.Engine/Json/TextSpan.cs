namespace ReleaseGates.Engine.Json;

/// <summary>
/// Where something is written in a file: from <see cref="Start"/> to <see cref="End"/> (exclusive), both 1-based.
/// An editor underlines the span; a build log shows its start. A bare position converts to an empty span there.
/// </summary>
public readonly record struct TextSpan(TextPosition Start, TextPosition End)
{
    public static TextSpan None => default;

    public bool IsKnown => Start.IsKnown;

    public static implicit operator TextSpan(TextPosition position) => new(position, position);

    /// <summary>"(line,col)" as MSBuild's canonical format and the CLI print it; empty when not at one place.</summary>
    public override string ToString() => Start.ToString();
}
