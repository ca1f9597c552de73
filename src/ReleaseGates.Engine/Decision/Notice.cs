using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Decision;

/// <summary>
/// Something the gate reports without it changing the decision, e.g. an expired waiver (RG4004). MSBuild shows it
/// as a warning at its file and line.
/// </summary>
public sealed class Notice
{
    public const string ExpiredWaiver = "RG4004";

    public const string OneSidedUtterances = "RG4005";

    public Notice(string code, string filePath, TextPosition position, string message)
    {
        Code = code;
        FilePath = filePath;
        Position = position;
        Message = message;
    }

    public string Code { get; }

    public string FilePath { get; }

    public TextPosition Position { get; }

    public string Message { get; }
}
