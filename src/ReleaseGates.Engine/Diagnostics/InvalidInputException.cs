using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Diagnostics;

/// <summary>
/// Carries invalid-input errors out of a reader, from gates.json down to one per-utterance line; the gate turns them
/// into RG4003 / exit code 1. Its message is the diagnostics themselves, never transcript text.
/// </summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(IReadOnlyList<GateDiagnostic> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString()))) => Errors = errors;

    public InvalidInputException(GateDiagnostic error)
        : this(new[] { error })
    {
    }

    /// <summary>An error in <paramref name="file"/> at a 1-based line and column (0: the file as a whole / the whole line).</summary>
    public InvalidInputException(string file, int line, int column, string message)
        : this(GateDiagnostic.InvalidInput(file, line > 0 ? new TextPosition(line, Math.Max(column, 1)) : TextPosition.None, message))
    {
    }

    public IReadOnlyList<GateDiagnostic> Errors { get; }
}
