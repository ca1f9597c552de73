using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>
/// Refuses to compare a canary scored on another evaluation set, or with another normaliser, than the baseline
/// (contract §9): when both outputs say and they differ, that is invalid input naming both values; when only one
/// side says, a notice (RG4006) that the comparison could not be checked.
/// </summary>
internal static class ComparabilityCheck
{
    /// <returns>Errors (the sides are not comparable) and notices (it could not be checked).</returns>
    public static (IReadOnlyList<GateDiagnostic> Errors, IReadOnlyList<GateDiagnostic> Notices) Check(GatesConfig config, EvaluationOutput baseline, EvaluationOutput canary)
    {
        var errors = new List<GateDiagnostic>();
        var notices = new List<GateDiagnostic>();
        Compare(config, baseline, canary, "normalizer", i => i.Normalizer, i => i.NormalizerSpan,
            "scored with a different text normaliser; score both with the same one", errors, notices);
        Compare(config, baseline, canary, "eval_set fingerprint", i => i.Fingerprint, i => i.FingerprintSpan,
            "evaluated on a different evaluation set (other utterances or references); evaluate both models on the same set", errors, notices);
        return (errors, notices);
    }

    private static void Compare(
        GatesConfig config,
        EvaluationOutput baseline,
        EvaluationOutput canary,
        string what,
        Func<EvalSetIdentity, string?> value,
        Func<EvalSetIdentity, TextSpan> span,
        string problem,
        List<GateDiagnostic> errors,
        List<GateDiagnostic> notices)
    {
        var (left, right) = (value(baseline.Identity), value(canary.Identity));
        if (left is not null && right is not null && left != right)
        {
            var (file, at) = span(canary.Identity).IsKnown ? (canary.FilePath, span(canary.Identity)) : (config.FilePath, config.Canary.Span);
            errors.Add(GateDiagnostic.InvalidInput(file, at, $"the canary's {what} is {right} but the baseline's is {left}: the canary was {problem}"));
        }
        else if ((left is null) != (right is null))
        {
            var (missing, source) = left is null ? ("baseline", config.Baseline) : ("canary", config.Canary);
            notices.Add(GateDiagnostic.Warning(GateRules.Incomparable, config.FilePath, source.Span,
                $"the {missing} evaluation does not record its {what}, so it could not be checked that both sides were scored alike; write both with release-gates metrics"));
        }
    }
}
