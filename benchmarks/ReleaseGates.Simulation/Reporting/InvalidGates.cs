using System.Globalization;
using ReleaseGates.Simulation.Gates;

namespace ReleaseGates.Simulation.Reporting;

/// <summary>
/// Gates the engine called invalid input are left out of every rate (they say nothing about noise control) but
/// never silently: the figure's note counts them.
/// </summary>
internal static class InvalidGates
{
    public static string Note(IReadOnlyList<GateRun> runs)
    {
        var invalid = runs.Count(r => r.Outcome.IsInvalid);
        return invalid == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{invalid} invalid gates left out");
    }
}
