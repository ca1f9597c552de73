using System;
using System.Collections.Generic;
using System.Linq;
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
                root.GetProperty("notices").EnumerateArray().Select(n => new Notice(n.GetProperty("code").GetString()!, n.GetProperty("file").GetString()!, Position(n), n.GetProperty("message").GetString()!)).ToList(),
                root.GetProperty("errors").EnumerateArray().Select(e => new InputError(e.GetProperty("file").GetString()!, Position(e), e.GetProperty("message").GetString()!)).ToList());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
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
            Parse<ResultStatus>(result.GetProperty("status").GetString()!),
            Parse<GateAction>(result.GetProperty("action").GetString()!),
            OptionalDecimal(result.GetProperty("baseline")),
            OptionalDecimal(result.GetProperty("canary")),
            OptionalDecimal(result.GetProperty("delta")),
            result.GetProperty("reason").GetString()!,
            Position(result),
            low is not null && high is not null ? new DeltaInterval(low.Value, high.Value) : null);
    }

    private static CanaryDecision? Decision(JsonElement decision) =>
        decision.ValueKind == JsonValueKind.Null ? null : Parse<CanaryDecision>(decision.GetString()!);

    private static T Parse<T>(string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: true, out var value) ? value : throw new FormatException($"unknown {typeof(T).Name} '{name}'");

    private static TextPosition Position(JsonElement element) =>
        new(element.GetProperty("line").GetInt32(), element.GetProperty("column").GetInt32());

    private static string? OptionalString(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetString();

    private static decimal? OptionalDecimal(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();
}
