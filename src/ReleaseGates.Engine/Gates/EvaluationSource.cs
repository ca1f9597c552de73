using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>
/// Where one side's evaluation comes from: an evaluation output file (§2) or per-utterance JSON Lines (§6).
/// Paths are resolved against the folder of gates.json.
/// </summary>
public sealed class EvaluationSource
{
    private EvaluationSource(string side, string written, string resolved, bool isUtterances, TextPosition position)
    {
        Side = side;
        Written = written;
        Resolved = resolved;
        IsUtterances = isUtterances;
        Position = position;
    }

    /// <summary>"baseline" or "canary".</summary>
    public string Side { get; }

    /// <summary>The path or pattern as written in gates.json.</summary>
    public string Written { get; }

    /// <summary>The absolute path, or the absolute glob pattern for utterances.</summary>
    public string Resolved { get; }

    public bool IsUtterances { get; }

    public TextPosition Position { get; }

    public static EvaluationSource File(string side, string written, string resolved, TextPosition position) =>
        new(side, written, resolved, isUtterances: false, position);

    public static EvaluationSource Utterances(string side, string written, string resolvedPattern, TextPosition position) =>
        new(side, written, resolvedPattern, isUtterances: true, position);
}
