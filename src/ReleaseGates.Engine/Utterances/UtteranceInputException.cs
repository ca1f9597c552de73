using System;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Per-utterance input that cannot be read: names the file, the 1-based line (and column, 0 when not
/// meaningful) and what to do. Its message never contains transcript text.
/// </summary>
public sealed class UtteranceInputException : Exception
{
    public UtteranceInputException(string file, int line, int column, string message)
        : base(message)
    {
        File = file;
        Line = line;
        Column = column;
    }

    public string File { get; }

    /// <summary>1-based; 0 when the problem is the file as a whole.</summary>
    public int Line { get; }

    /// <summary>1-based byte column within the line; 0 when not meaningful.</summary>
    public int Column { get; }
}
