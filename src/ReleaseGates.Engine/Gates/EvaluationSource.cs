using ReleaseGates.Engine.Json;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Gates;

/// <summary>
/// Where one side's evaluation comes from: an evaluation output file (§2) or per-utterance JSON Lines (§6).
/// Paths are resolved against the folder of gates.json.
/// </summary>
/// <param name="Side">"baseline" or "canary".</param>
/// <param name="Written">The path or pattern as written in gates.json.</param>
/// <param name="Resolved">The absolute path, or the absolute glob pattern for utterances.</param>
/// <param name="Span">Where gates.json names it: errors about a wrong path point here.</param>
/// <param name="Format">How per-utterance files spell their fields (<c>"format"</c>).</param>
public sealed record EvaluationSource(string Side, string Written, string Resolved, bool IsUtterances, TextSpan Span, UtteranceFormat Format = UtteranceFormat.Lines)
{
    public static EvaluationSource File(string side, string written, string resolved, TextSpan span) =>
        new(side, written, resolved, IsUtterances: false, span);

    public static EvaluationSource Utterances(string side, string written, string resolvedPattern, TextSpan span, UtteranceFormat format = UtteranceFormat.Lines) =>
        new(side, written, resolvedPattern, IsUtterances: true, span, format);
}
