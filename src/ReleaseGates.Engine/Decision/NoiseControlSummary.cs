using System.Globalization;

namespace ReleaseGates.Engine.Decision;

/// <summary>What noise control the gate applied, for every report to say.</summary>
/// <param name="Method">Null when the results were judged on point estimates.</param>
/// <param name="Results">Results judged with the bootstrap.</param>
/// <param name="Units">Resampling units: groups (calls, sessions, speakers) and ungrouped utterances.</param>
/// <param name="CriticalValue">How many standard errors above its allowance a limit's excess must be to roll back.</param>
/// <param name="Reason">Why there was none, when there was none.</param>
/// <param name="Groups">How many of the units are groups; the rest are utterances without one.</param>
public sealed record NoiseControlSummary(string? Method, decimal? Confidence, int? Resamples, int Results, int? Units, double? CriticalValue, string? Reason = null, int Groups = 0)
{
    public static NoiseControlSummary None(string reason) => new(null, null, null, 0, null, null, reason);

    /// <summary>"noise-controlled over 63 results at 95 % (...)" or why results were judged on point estimates.</summary>
    public string Description => Method is null
        ? $"no noise control: {Reason}"
        : string.Format(CultureInfo.InvariantCulture, "noise-controlled over {0} result{1} at {2:0.##} % ({3}, {4} resamples of {5}, critical value {6:0.00})",
            Results, Results == 1 ? string.Empty : "s", Confidence!.Value * 100, Method, Resamples, UnitsDrawn, CriticalValue);

    /// <summary>What each resample draws: "10000 utterances", "340 groups (calls, sessions, speakers)", or both.</summary>
    private string UnitsDrawn => Groups == 0 ? $"{Units} utterances"
        : Groups == Units ? $"{Groups} groups (calls, sessions, speakers)"
        : $"{Groups} groups and {Units - Groups} ungrouped utterances";
}
