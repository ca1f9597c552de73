using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Engine.Decision;

/// <summary>
/// What one run of the gate found: the decision and every result, or the errors that kept it from judging.
/// The same object is printed by the CLI, written to the reports and replayed by the MSBuild task.
/// </summary>
/// <param name="Decision">Null when the input was invalid (see <see cref="Errors"/>).</param>
/// <param name="Notices">Warnings that do not change the decision (RG4004, RG4005).</param>
/// <param name="Errors">Invalid input (RG4003).</param>
/// <param name="Noise">What noise control was applied; null for invalid input.</param>
public sealed record GateReport(
    string GatesFile,
    CanaryDecision? Decision,
    ReleaseInfo Release,
    IReadOnlyList<BudgetResult> Results,
    IReadOnlyList<GateDiagnostic> Notices,
    IReadOnlyList<GateDiagnostic> Errors,
    NoiseControlSummary? Noise = null)
{
    public bool IsValid => Decision is not null;

    public static GateReport Invalid(string gatesFile, IReadOnlyList<GateDiagnostic> errors, ReleaseInfo? release = null) =>
        new(gatesFile, null, release ?? ReleaseInfo.Empty, Array.Empty<BudgetResult>(), Array.Empty<GateDiagnostic>(), errors);
}
