using System.Text.Json;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Reports;

/// <summary>Reads back a report written by <see cref="ReportJsonWriter"/> (the MSBuild task replays it).</summary>
public static class ReportJsonReader
{
    /// <exception cref="FormatException">The text is not a report this version wrote.</exception>
    public static GateReport Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var release = root.GetProperty("release");
            return new GateReport(
                root.GetProperty("gates_file").GetString()!,
                Decision(root.GetProperty("decision")),
                new ReleaseInfo(
                    OptionalString(release.GetProperty("model")),
                    OptionalString(release.GetProperty("baseline")),
                    OptionalString(release.GetProperty("candidate")),
                    release.GetProperty("rollback_flags").EnumerateArray().Select(f => f.GetString()!).ToList()),
                root.GetProperty("results").EnumerateArray().Select(Result).ToList(),
                root.GetProperty("notices").EnumerateArray().Select(n => Diagnostic(n, GateSeverity.Warning)).ToList(),
                root.GetProperty("errors").EnumerateArray().Select(e => Diagnostic(e, GateSeverity.Error)).ToList(),
                Noise(root));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new FormatException("not a release gates report: " + e.Message, e);
        }
    }

    private static BudgetResult Result(JsonElement result)
    {
        var low = OptionalDecimal(result.GetProperty("ci_low"));
        var high = OptionalDecimal(result.GetProperty("ci_high"));
        return new BudgetResult(
            result.GetProperty("budget").GetString()!,
            OptionalString(result.GetProperty("slice")),
            ReportNames.Status.Parse(result.GetProperty("status").GetString()!),
            ReportNames.Action.Parse(result.GetProperty("action").GetString()!),
            OptionalValue(result.GetProperty("baseline")),
            OptionalValue(result.GetProperty("canary")),
            OptionalValue(result.GetProperty("delta")),
            result.GetProperty("reason").GetString()!,
            Span(result),
            low is not null && high is not null ? new DeltaInterval(low.Value, high.Value) : null,
            result.TryGetProperty("samples_needed", out var needed) && needed.ValueKind == JsonValueKind.Number ? needed.GetInt64() : null);
    }

    private static CanaryDecision? Decision(JsonElement decision) =>
        decision.ValueKind == JsonValueKind.Null ? null : ReportNames.Decision.Parse(decision.GetString()!);

    private static GateDiagnostic Diagnostic(JsonElement element, GateSeverity severity) =>
        new(element.GetProperty("code").GetString()!, severity, element.GetProperty("file").GetString()!, Span(element), element.GetProperty("message").GetString()!);

    private static TextSpan Span(JsonElement element) => new(
        new TextPosition(element.GetProperty("line").GetInt32(), element.GetProperty("column").GetInt32()),
        new TextPosition(element.GetProperty("end_line").GetInt32(), element.GetProperty("end_column").GetInt32()));

    private static string? OptionalString(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetString();

    private static decimal? OptionalDecimal(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();

    private static GateValue? OptionalValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String when element.GetString() == "Infinity" => GateValue.PositiveInfinity,
        JsonValueKind.String when element.GetString() == "-Infinity" => GateValue.NegativeInfinity,
        _ => element.GetDecimal(),
    };

    private static NoiseControlSummary? Noise(JsonElement root)
    {
        if (!root.TryGetProperty("statistics", out var noise) || noise.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var description = noise.GetProperty("description").GetString()!;
        return noise.GetProperty("method").ValueKind == JsonValueKind.Null
            ? NoiseControlSummary.None(description.StartsWith("no noise control: ", StringComparison.Ordinal) ? description.Substring(18) : description)
            : new NoiseControlSummary(
                noise.GetProperty("method").GetString(),
                OptionalDecimal(noise.GetProperty("confidence")),
                (int?)OptionalDecimal(noise.GetProperty("resamples")),
                noise.GetProperty("results").GetInt32(),
                (int?)OptionalDecimal(noise.GetProperty("units")),
                (double?)OptionalDecimal(noise.GetProperty("critical_value")),
                Groups: noise.TryGetProperty("groups", out var groups) ? groups.GetInt32() : 0);
    }
}
