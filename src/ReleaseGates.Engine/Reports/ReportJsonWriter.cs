using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Json;
using ReleaseGates.Engine.Numbers;

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
            json.WriteString("decision", ReportNames.Of(decision));
        }
        else
        {
            json.WriteNull("decision");
        }

        json.WriteString("gates_file", report.GatesFile);
        WriteRelease(json, report);
        json.WriteStartArray("results");
        foreach (var result in report.Results)
        {
            WriteResult(json, result);
        }

        json.WriteEndArray();
        json.WriteStartArray("notices");
        foreach (var notice in report.Notices)
        {
            WriteLocated(json, notice.Code, notice.FilePath, notice.Position, notice.Message);
        }

        json.WriteEndArray();
        json.WriteStartArray("errors");
        foreach (var error in report.Errors)
        {
            WriteLocated(json, Diagnostics.InputError.Code, error.FilePath, error.Position, error.Message);
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

    private static void WriteResult(Utf8JsonWriter json, BudgetResult result)
    {
        json.WriteStartObject();
        json.WriteString("budget", result.Budget);
        json.WriteString("slice", result.Slice);
        json.WriteString("status", ReportNames.Of(result.Status));
        json.WriteString("action", ReportNames.Of(result.Action));
        WriteNumber(json, "baseline", result.Baseline);
        WriteNumber(json, "canary", result.Canary);
        WriteNumber(json, "delta", result.Delta);
        WriteNumber(json, "ci_low", result.Interval?.Low);
        WriteNumber(json, "ci_high", result.Interval?.High);
        json.WriteString("reason", result.Reason);
        json.WriteNumber("line", result.Position.Line);
        json.WriteNumber("column", result.Position.Column);
        json.WriteEndObject();
    }

    private static void WriteLocated(Utf8JsonWriter json, string code, string file, TextPosition position, string message)
    {
        json.WriteStartObject();
        json.WriteString("code", code);
        json.WriteString("file", file);
        json.WriteNumber("line", position.Line);
        json.WriteNumber("column", position.Column);
        json.WriteString("message", message);
        json.WriteEndObject();
    }

    /// <summary>Numbers as the gate compared them, without the trailing zeros decimal keeps.</summary>
    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        json.WritePropertyName(name);
        if (value is { } number)
        {
            json.WriteRawValue(ExactNumber.Format(number), skipInputValidation: true);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
