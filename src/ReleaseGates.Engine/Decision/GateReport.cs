using System;
using System.Collections.Generic;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Engine.Decision;

/// <summary>
/// What one run of the gate found: the decision and every result, or the errors that kept it from judging.
/// The same object is printed by the CLI, written to the reports and replayed by the MSBuild task.
/// </summary>
public sealed class GateReport
{
    public GateReport(
        string gatesFile,
        CanaryDecision? decision,
        ReleaseInfo release,
        IReadOnlyList<BudgetResult> results,
        IReadOnlyList<Notice> notices,
        IReadOnlyList<InputError> errors)
    {
        GatesFile = gatesFile;
        Decision = decision;
        Release = release;
        Results = results;
        Notices = notices;
        Errors = errors;
    }

    public string GatesFile { get; }

    /// <summary>Null when the input was invalid (see <see cref="Errors"/>).</summary>
    public CanaryDecision? Decision { get; }

    public ReleaseInfo Release { get; }

    public IReadOnlyList<BudgetResult> Results { get; }

    public IReadOnlyList<Notice> Notices { get; }

    public IReadOnlyList<InputError> Errors { get; }

    public bool IsValid => Decision is not null;

    public static GateReport Invalid(string gatesFile, IReadOnlyList<InputError> errors, ReleaseInfo? release = null) =>
        new(gatesFile, null, release ?? ReleaseInfo.Empty, Array.Empty<BudgetResult>(), Array.Empty<Notice>(), errors);
}
