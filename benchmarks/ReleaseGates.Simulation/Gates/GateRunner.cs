using System.Diagnostics;
using ReleaseGates.Engine;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Simulation.Gates;

/// <summary>
/// Runs the engine on one gate the way every host does — <see cref="ReleaseGate.Run"/> on gates.json, the report
/// serialised by <see cref="ReportJsonWriter"/> — and reads the report back, so the harness depends on the engine's
/// contract, not on its internals.
/// </summary>
internal static class GateRunner
{
    /// <summary>A fixed "today" so that nothing depends on the day the benchmark runs (no waivers are used).</summary>
    private static readonly DateTime Today = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    public static (GateOutcome Outcome, string ReportJson, TimeSpan Elapsed) Run(string gatesFile)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var report = ReleaseGate.Run(gatesFile, Today);
            var json = ReportJsonWriter.Write(report);
            clock.Stop();
            return (ReportReader.Read(json), json, clock.Elapsed);
        }
#pragma warning disable CA1031 // The engine must never throw (contract §4); if a version in progress does, count the gate as invalid and go on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var outcome = new GateOutcome(null, Array.Empty<ResultOutcome>(), new[] { $"the engine threw {e.GetType().Name}: {e.Message}" });
            return (outcome, string.Empty, clock.Elapsed);
        }
    }
}
