using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Statistics;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>Both sides' metrics over their shared utterances, the bootstrap's resampled metrics when statistics are
/// on, and notices (RG4005 for utterances present on one side only).</summary>
internal sealed record ComparedUtterances(
    EvaluationOutput Baseline,
    EvaluationOutput Canary,
    ResampledMetrics? Resampled,
    IReadOnlyList<GateDiagnostic> Notices);
