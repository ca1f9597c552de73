using System.Text;
using System.Text.Json;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// Writes computed metrics as the structured evaluation output of contract §2
/// (<c>{"normalizer": ..., "eval_set": {...}, "samples": n, "metrics": {...}, "slices": {"name": {"samples": n, "metrics": {...}}}}</c>),
/// which the gate reads like any other. Numbers are written as <see cref="MetricNumber.Format"/> gives them; an
/// infinite percentile or mean (timeouts) as <c>Infinity</c>, as Python's json module writes it; a metric that is
/// not a number (no reference words, no entities, no latencies) as null. Names and numbers only.
/// </summary>
public static class UtteranceMetricsJsonWriter
{
    public static string Write(MetricsOutput output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("normalizer", output.Normalizer);
            json.WriteStartObject("eval_set");
            json.WriteNumber("utterances", output.Utterances);
            json.WriteString("fingerprint", output.Fingerprint);
            json.WriteEndObject();
            WriteMetricSet(json, output.Evaluation.Overall);
            json.WriteStartObject("slices");
            foreach (var slice in output.Evaluation.Slices)
            {
                json.WriteStartObject(slice.Key);
                WriteMetricSet(json, slice.Value);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteMetricSet(Utf8JsonWriter json, MetricValues values)
    {
        json.WriteNumber("samples", values.Samples);
        json.WriteStartObject("metrics");
        foreach (var metric in values.Values)
        {
            WriteMetric(json, metric);
        }

        json.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter json, KeyValuePair<string, double> metric)
    {
        json.WritePropertyName(metric.Key);
        if (double.IsPositiveInfinity(metric.Value))
        {
            json.WriteRawValue("Infinity", skipInputValidation: true);
        }
        else if (double.IsNaN(metric.Value) || double.IsInfinity(metric.Value))
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteRawValue(MetricNumber.Format(metric.Value), skipInputValidation: true);
        }
    }
}
