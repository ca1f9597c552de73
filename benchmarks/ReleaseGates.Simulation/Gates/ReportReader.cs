using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ReleaseGates.Simulation.Gates;

/// <summary>
/// Reads the engine's JSON report by its documented names only (decision, results[].budget/slice/status/action,
/// samples_needed and statistics.critical_value when present, errors[].message), ignoring everything else, so the harness survives the engine
/// adding fields. Numbers may also come as strings or as Python's bare <c>Infinity</c> (an infinite percentile).
/// </summary>
internal static class ReportReader
{
    public static GateOutcome Read(string reportJson)
    {
        using var document = JsonDocument.Parse(QuoteBareNonFinite(reportJson));
        var root = document.RootElement;
        var decision = root.TryGetProperty("decision", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var results = new List<ResultOutcome>();
        if (root.TryGetProperty("results", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var result in array.EnumerateArray())
            {
                results.Add(new ResultOutcome(
                    Text(result, "budget") ?? "?",
                    Text(result, "slice"),
                    Text(result, "status") ?? "?",
                    Text(result, "action") ?? "?",
                    Number(result, "samples_needed") is { } needed ? (long)Math.Ceiling(needed) : null,
                    Number(result, "baseline"),
                    Number(result, "canary"),
                    Text(result, "reason") ?? string.Empty));
            }
        }

        var errors = new List<string>();
        if (root.TryGetProperty("errors", out var errorArray) && errorArray.ValueKind == JsonValueKind.Array)
        {
            errors.AddRange(errorArray.EnumerateArray().Select(e => Text(e, "message") ?? e.ToString()));
        }

        var critical = root.TryGetProperty("statistics", out var statistics) && statistics.ValueKind == JsonValueKind.Object
            ? Number(statistics, "critical_value")
            : null;
        return new GateOutcome(decision, results, errors, critical);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    /// <summary>Turns bare NaN / Infinity / -Infinity tokens (outside strings) into strings, which JsonDocument reads.</summary>
    private static string QuoteBareNonFinite(string json)
    {
        if (!json.Contains("Infinity", StringComparison.Ordinal) && !json.Contains("NaN", StringComparison.Ordinal))
        {
            return json;
        }

        var output = new StringBuilder(json.Length + 16);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                output.Append(c);
                if (c == '\\' && i + 1 < json.Length)
                {
                    output.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
                output.Append(c);
                continue;
            }

            var token = new[] { "-Infinity", "Infinity", "NaN" }.FirstOrDefault(t => string.CompareOrdinal(json, i, t, 0, t.Length) == 0);
            if (token is not null)
            {
                output.Append('"').Append(token).Append('"');
                i += token.Length - 1;
                continue;
            }

            output.Append(c);
        }

        return output.ToString();
    }
}
