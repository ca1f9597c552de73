using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReleaseGates.Simulation.Data;

/// <summary>
/// Writes one side's per-utterance results as JSON Lines (contract §6), the way a Python pipeline does: a timeout is
/// Python json's bare <c>Infinity</c> token, not a string and not null.
/// </summary>
internal sealed class UtteranceLineWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FileStream _file;
    private readonly Utf8JsonWriter _json;

    public UtteranceLineWriter(string path)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _json = new Utf8JsonWriter(_file, Options);
    }

    public void Write(SimulatedLine line)
    {
        var utterance = line.Utterance;
        _json.WriteStartObject();
        _json.WriteString("id", utterance.Id);
        if (utterance.Group is { } group)
        {
            _json.WriteString("group", group);
        }

        _json.WriteString("reference", utterance.ReferenceText);
        _json.WriteString("hypothesis", line.HypothesisText);
        WriteStrings("slices", utterance.Slices);
        if (utterance.Entities.Length > 0)
        {
            WriteStrings("entities", utterance.Entities);
        }

        WriteLatency("first_partial_ms", line.FirstPartialMs);
        WriteLatency("final_ms", line.FinalMs);
        WriteStrings("partials", line.Partials);
        _json.WriteEndObject();
        _json.Flush();
        _file.WriteByte((byte)'\n');

        // One writer for many top-level objects: Reset forgets the finished one without reallocating.
        _json.Reset(_file);
    }

    public void Dispose()
    {
        _json.Dispose();
        _file.Dispose();
    }

    private void WriteStrings(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }

    private void WriteLatency(string name, double milliseconds)
    {
        _json.WritePropertyName(name);
        if (double.IsPositiveInfinity(milliseconds))
        {
            _json.WriteRawValue("Infinity", skipInputValidation: true);
        }
        else
        {
            _json.WriteNumberValue(milliseconds);
        }
    }
}
