using System.Globalization;

namespace ReleaseGates.Simulation.Gates;

/// <summary>One budget of the simulated gates.json: the metric and its limits, as a user writes them.</summary>
/// <param name="LimitsJson">The budget's members after <c>direction</c>, e.g. <c>"allowed_delta": 0.005</c>.</param>
/// <param name="AllowedDelta">The <c>allowed_delta</c>, when the budget has one: what tells a true regression from noise.</param>
internal sealed record BudgetSpec(string Metric, string LimitsJson, decimal? AllowedDelta = null)
{
    public static BudgetSpec Wer(decimal allowedDelta = 0.005m) =>
        new("wer", string.Create(CultureInfo.InvariantCulture, $"\"allowed_delta\": {allowedDelta}"), allowedDelta);

    public static BudgetSpec Relative(string metric, decimal allowedRelativeDelta = 0.10m) =>
        new(metric, string.Create(CultureInfo.InvariantCulture, $"\"allowed_relative_delta\": {allowedRelativeDelta}"));

    public string Json => $"\"{Metric}\": {{ \"direction\": \"lower_is_better\", {LimitsJson} }}";
}
