using System.Collections.Generic;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>Both sides' metrics over their shared utterances, the bootstrap intervals when asked for, and notices
/// (RG4005 for utterances present on one side only).</summary>
public sealed record ComparedUtterances(
    EvaluationOutput Baseline,
    EvaluationOutput Canary,
    IDeltaIntervalSource? Intervals,
    IReadOnlyList<GateDiagnostic> Notices);
