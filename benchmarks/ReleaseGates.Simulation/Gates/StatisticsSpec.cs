using System.Globalization;

namespace ReleaseGates.Simulation.Gates;

/// <summary>
/// The gates.json <c>statistics</c> member. By default <c>{}</c>: the engine's own defaults, as a team that turns
/// statistics on and changes nothing gets them (written, not omitted, because an engine before contract §7 only runs
/// the bootstrap when the member is there).
/// </summary>
/// <param name="Omit">Leave the member out: measures the engine's default for per-utterance inputs (statistics on by default).</param>
internal sealed record StatisticsSpec(decimal? Confidence = null, int? Resamples = null, bool Omit = false)
{
    public string? Json
    {
        get
        {
            if (Omit)
            {
                return null;
            }

            var members = new List<string>();
            if (Confidence is { } confidence)
            {
                members.Add($"\"confidence\": {confidence.ToString(CultureInfo.InvariantCulture)}");
            }

            if (Resamples is { } resamples)
            {
                members.Add($"\"resamples\": {resamples.ToString(CultureInfo.InvariantCulture)}");
            }

            return "{" + string.Join(", ", members) + "}";
        }
    }
}
