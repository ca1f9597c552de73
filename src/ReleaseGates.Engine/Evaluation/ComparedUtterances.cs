using System.Collections.Generic;
using ReleaseGates.Engine.Decision;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>Both sides' metrics over their shared utterances, the bootstrap intervals when asked for, and notices.</summary>
public sealed class ComparedUtterances
{
    public ComparedUtterances(EvaluationOutput baseline, EvaluationOutput canary, IDeltaIntervalSource? intervals, IReadOnlyList<Notice> notices)
    {
        Baseline = baseline;
        Canary = canary;
        Intervals = intervals;
        Notices = notices;
    }

    public EvaluationOutput Baseline { get; }

    public EvaluationOutput Canary { get; }

    /// <summary>Null without <c>statistics</c> in gates.json.</summary>
    public IDeltaIntervalSource? Intervals { get; }

    /// <summary>RG4005 for utterances present on one side only.</summary>
    public IReadOnlyList<Notice> Notices { get; }
}
