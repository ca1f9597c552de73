using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Reports;

/// <summary>
/// The JSON report: the CLI's <c>--format json</c> and the MSBuild task's report file, which the task also reads
/// back to report the last decision when the evaluation is skipped.
/// </summary>
public static class ReportJsonWriter
{
    public static string Write(GateReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(GateReport report, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,

            // A report is a file, never HTML: keep '+' and quotes in reasons readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        if (report.Decision is { } decision)
        {
            json.WriteString("decision", ReportNames.Decision.Of(decision));
        }
        else
        {
            json.WriteNull("decision");
        }

        json.WriteString("gates_file", report.GatesFile);
        WriteRelease(json, report);
        WriteNoise(json, report.Noise);
        json.WriteStartArray("results");
        foreach (var result in report.Results)
        {
            WriteResult(json, result);
        }

        json.WriteEndArray();
        json.WriteStartArray("notices");
        foreach (var notice in report.Notices)
        {
            WriteDiagnostic(json, notice);
        }

        json.WriteEndArray();
        json.WriteStartArray("errors");
        foreach (var error in report.Errors)
        {
            WriteDiagnostic(json, error);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteRelease(Utf8JsonWriter json, GateReport report)
    {
        json.WriteStartObject("release");
        json.WriteString("model", report.Release.Model);
        json.WriteString("baseline", report.Release.Baseline);
        json.WriteString("candidate", report.Release.Candidate);
        json.WriteStartArray("rollback_flags");
        foreach (var flag in report.Release.RollbackFlags)
        {
            json.WriteStringValue(flag);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNoise(Utf8JsonWriter json, NoiseControlSummary? noise)
    {
        if (noise is null)
        {
            json.WriteNull("statistics");
            return;
        }

        json.WriteStartObject("statistics");
        json.WriteString("method", noise.Method);
        WriteNumber(json, "confidence", noise.Confidence);
        WriteNumber(json, "resamples", noise.Resamples);
        json.WriteNumber("results", noise.Results);
        WriteNumber(json, "units", noise.Units);
        json.WriteNumber("groups", noise.Groups);
        WriteNumber(json, "critical_value", noise.CriticalValue is { } c ? Math.Round((decimal)c, 4) : null);
        json.WriteString("description", noise.Description);
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, BudgetResult result)
    {
        json.WriteStartObject();
        json.WriteString("budget", result.Budget);
        json.WriteString("slice", result.Slice);
        json.WriteString("status", ReportNames.Status.Of(result.Status));
        json.WriteString("action", ReportNames.Action.Of(result.Action));
        WriteNumber(json, "baseline", result.Baseline);
        WriteNumber(json, "canary", result.Canary);
        WriteNumber(json, "delta", result.Delta);
        WriteNumber(json, "ci_low", result.Interval?.Low);
        WriteNumber(json, "ci_high", result.Interval?.High);
        if (result.SamplesNeeded is { } needed)
        {
            json.WriteNumber("samples_needed", needed);
        }
        else
        {
            json.WriteNull("samples_needed");
        }

        json.WriteString("reason", result.Reason);
        WriteSpan(json, result.Span);
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, GateDiagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Id);
        json.WriteString("file", diagnostic.FilePath);
        WriteSpan(json, diagnostic.Span);
        json.WriteString("message", diagnostic.Message);
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteNumber("line", span.Start.Line);
        json.WriteNumber("column", span.Start.Column);
        json.WriteNumber("end_line", span.End.Line);
        json.WriteNumber("end_column", span.End.Column);
    }

    /// <summary>Numbers as the gate compared them, without the trailing zeros decimal keeps; an infinite one (a
    /// percentile over timeouts) as the string "Infinity", which JSON readers other than Python's accept.</summary>
    private static void WriteNumber(Utf8JsonWriter json, string name, GateValue? value)
    {
        json.WritePropertyName(name);
        if (value is not { } number)
        {
            json.WriteNullValue();
        }
        else if (number.IsFinite)
        {
            json.WriteRawValue(ExactNumber.Format(number.Finite), skipInputValidation: true);
        }
        else
        {
            json.WriteStringValue(number.ToString());
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value) => WriteNumber(json, name, value is { } v ? v : (GateValue?)null);
}
