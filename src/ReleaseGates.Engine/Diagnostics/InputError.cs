using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Diagnostics;

/// <summary>
/// Invalid input: a gates.json or evaluation output the gate cannot judge. The message says what is wrong and how to
/// fix it; the position is where (RG4003 in MSBuild, exit code 1 in the CLI).
/// </summary>
public sealed class InputError
{
    public const string Code = "RG4003";

    public InputError(string filePath, TextPosition position, string message)
    {
        FilePath = filePath;
        Position = position;
        Message = message;
    }

    public string FilePath { get; }

    public TextPosition Position { get; }

    public int Line => Position.Line;

    public int Column => Position.Column;

    public string Message { get; }

    /// <summary>MSBuild's canonical format: <c>path(line,col): error RG4003: message</c>.</summary>
    public override string ToString() => $"{FilePath}{Position}: error {Code}: {Message}";
}
