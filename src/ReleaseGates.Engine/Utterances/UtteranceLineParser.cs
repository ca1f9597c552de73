using System;
using System.Text.Json;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Reads one JSON Lines line into an <see cref="UtteranceRecord"/> with one <see cref="Utf8JsonReader"/>:
/// texts are normalised straight from the line's bytes when they are plain ASCII (else decoded into a
/// reused buffer first), scored and forgotten. Errors say where and what to do, and
/// never quote the line.
/// </summary>
internal sealed class UtteranceLineParser
{
    private const string LineShape =
        "Each line must be one JSON object such as {\"id\": \"utt-1\", \"reference\": \"...\", \"hypothesis\": \"...\"}.";

    private readonly UtteranceScorer _scorer;
    private readonly IntList _lineSlices = new();
    private char[] _chars = new char[256];
    private byte[] _bytes = new byte[64];
    private byte[] _rewritten = new byte[256];
    private int _idLength;

    public UtteranceLineParser(ITextNormalizer normalizer)
    {
        _scorer = new UtteranceScorer(normalizer);
    }

    /// <summary>The id of the line last parsed, unescaped UTF-8.</summary>
    public ReadOnlySpan<byte> Id => _bytes.AsSpan(0, _idLength);

    /// <summary>Parses <paramref name="line"/>; slice names are added to <paramref name="shard"/> and their indexes to its memberships.</summary>
    /// <exception cref="InvalidInputException">The line is not a valid utterance.</exception>
    public void Parse(ReadOnlySpan<byte> line, string file, int lineNumber, UtteranceShard shard, out UtteranceRecord record)
    {
        try
        {
            ParseJson(line, file, lineNumber, shard, out record);
        }
        catch (JsonException) when (PythonNonFiniteTokens.TryRewrite(line, ref _rewritten, out var length))
        {
            ParseRewritten(_rewritten.AsSpan(0, length), file, lineNumber, shard, out record);
        }
        catch (JsonException exception)
        {
            throw NotJson(file, lineNumber, exception);
        }
        catch (InvalidOperationException)
        {
            throw new InvalidInputException(file, lineNumber, 0, "This line is not valid UTF-8 text; write the file in UTF-8.");
        }
    }

    private void ParseRewritten(ReadOnlySpan<byte> line, string file, int lineNumber, UtteranceShard shard, out UtteranceRecord record)
    {
        try
        {
            ParseJson(line, file, lineNumber, shard, out record);
        }
        catch (JsonException exception)
        {
            throw NotJson(file, lineNumber, exception);
        }
    }

    private static InvalidInputException NotJson(string file, int lineNumber, JsonException exception) =>
        new(file, lineNumber, (int)(exception.BytePositionInLine ?? 0) + 1,
            "This line is not valid JSON. " + LineShape + " Look for a truncated line or an unescaped quote or line break inside a text.");

    private void ParseJson(ReadOnlySpan<byte> line, string file, int lineNumber, UtteranceShard shard, out UtteranceRecord record)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        _scorer.Reset();
        _lineSlices.Clear();
        _idLength = -1;
        record = default;
        record.FirstPartialMs = double.NaN;
        record.FinalMs = double.NaN;
        var seen = Field.None;

        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(file, lineNumber, ref reader, "This line is not a JSON object. " + LineShape);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Identify(ref reader);
            if (field != Field.None && (seen & field) != 0)
            {
                throw Error(file, lineNumber, ref reader, $"\"{Name(field)}\" appears twice in this object; keep one.");
            }

            seen |= field;
            reader.Read();
            switch (field)
            {
                case Field.Id:
                    ReadId(ref reader, file, lineNumber);
                    break;
                case Field.Reference:
                    ReadText(ref reader, file, lineNumber, field, TextKind.Reference);
                    break;
                case Field.Hypothesis:
                    ReadText(ref reader, file, lineNumber, field, TextKind.Hypothesis);
                    break;
                case Field.Entities:
                    ReadTextList(ref reader, file, lineNumber, field, TextKind.Entity);
                    break;
                case Field.Partials:
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        _scorer.BeginPartials();
                    }

                    ReadTextList(ref reader, file, lineNumber, field, TextKind.Partial);
                    break;
                case Field.Slices:
                    ReadSlices(ref reader, file, lineNumber, shard);
                    break;
                case Field.FirstPartialMs:
                    record.FirstPartialMs = ReadLatency(ref reader, file, lineNumber, field);
                    break;
                case Field.FinalMs:
                    record.FinalMs = ReadLatency(ref reader, file, lineNumber, field);
                    break;
                default:
                    // Pipelines add their own fields (audio path, duration...): they are not ours to judge.
                    reader.Skip();
                    break;
            }
        }

        // Anything after the object's end (a second object on the same line) makes the reader throw here.
        while (reader.Read())
        {
        }

        if ((seen & Field.Required) != Field.Required)
        {
            throw MissingField(seen, file, lineNumber);
        }

        _scorer.Score(out var score);
        record.ReferenceWords = score.ReferenceWords;
        record.Edits = score.Edits;
        record.Entities = score.Entities;
        record.EntityMisses = score.EntityMisses;
        record.Erasures = score.Erasures;
        record.ChurnWords = score.ChurnWords;
        record.SliceStart = shard.SliceMemberships.Count;
        foreach (var slice in _lineSlices.Span)
        {
            shard.SliceMemberships.Add(slice);
        }

        record.SliceCount = _lineSlices.Count;
    }

    private void ReadId(ref Utf8JsonReader reader, string file, int lineNumber)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(file, lineNumber, ref reader, "\"id\" must be a string, e.g. \"id\": \"utt-000123\".");
        }

        _idLength = CopyBytes(ref reader);
        if (_idLength == 0)
        {
            throw Error(file, lineNumber, ref reader, "\"id\" is empty; give every utterance a unique, non-empty id.");
        }
    }

    private void ReadText(ref Utf8JsonReader reader, string file, int lineNumber, Field field, TextKind kind)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return; // Python's None: no words.
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(file, lineNumber, ref reader, $"\"{Name(field)}\" must be a string (or null for no words).");
        }

        AddText(ref reader, kind);
    }

    private void ReadTextList(ref Utf8JsonReader reader, string file, int lineNumber, Field field, TextKind kind)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(file, lineNumber, ref reader, $"\"{Name(field)}\" must be an array of strings, e.g. \"{Name(field)}\": [\"...\"].");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Error(file, lineNumber, ref reader, $"Every item of \"{Name(field)}\" must be a string.");
            }

            AddText(ref reader, kind);
        }
    }

    private void ReadSlices(ref Utf8JsonReader reader, string file, int lineNumber, UtteranceShard shard)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(file, lineNumber, ref reader, "\"slices\" must be an array of slice names, e.g. \"slices\": [\"tenant:acme\"].");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Error(file, lineNumber, ref reader, "Every item of \"slices\" must be a slice name string such as \"tenant:acme\".");
            }

            var nameLength = CopyBytes(ref reader, _idLength < 0 ? 0 : _idLength);
            var start = _idLength < 0 ? 0 : _idLength;
            shard.Slices.Add(_bytes.AsSpan(start, nameLength), out var slice);
            if (_lineSlices.Span.IndexOf(slice) < 0)
            {
                _lineSlices.Add(slice); // an utterance counts once per slice, even if listed twice
            }
        }
    }

    private static double ReadLatency(ref Utf8JsonReader reader, string file, int lineNumber, Field field)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return double.NaN; // absent, or a non-finite value Python wrote as NaN / Infinity
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Error(file, lineNumber, ref reader, $"\"{Name(field)}\" must be a number of milliseconds (or null when unknown).");
        }

        if (TryReadWholeNumber(reader.ValueSpan, out var whole))
        {
            return whole;
        }

        if (!reader.TryGetDouble(out var value) || double.IsInfinity(value))
        {
            return double.NaN; // too large for a double: infinite, as in Python
        }

        if (value < 0)
        {
            throw Error(file, lineNumber, ref reader, $"\"{Name(field)}\" is negative; a latency is a number of milliseconds >= 0.");
        }

        return value;
    }

    /// <summary>The common latency, a whole number of up to 15 digits, read without the general number parser:
    /// such a number is exactly a double, so this gives what <see cref="Utf8JsonReader.TryGetDouble"/> would.</summary>
    private static bool TryReadWholeNumber(ReadOnlySpan<byte> digits, out double value)
    {
        value = 0;
        if (digits.Length > 15)
        {
            return false;
        }

        long number = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false; // a sign, a fraction or an exponent
            }

            number = (number * 10) + (digit - '0');
        }

        value = number;
        return true;
    }

    private void AddText(ref Utf8JsonReader reader, TextKind kind)
    {
        if (reader.ValueIsEscaped || !_scorer.TryAdd(kind, reader.ValueSpan))
        {
            _scorer.Add(kind, DecodeChars(ref reader));
        }
    }

    private ReadOnlySpan<char> DecodeChars(ref Utf8JsonReader reader)
    {
        // An unescaped UTF-8 string never has more UTF-16 characters than it has bytes.
        if (_chars.Length < reader.ValueSpan.Length)
        {
            _chars = new char[Math.Max(_chars.Length * 2, reader.ValueSpan.Length)];
        }

        var length = reader.CopyString(_chars);
        return _chars.AsSpan(0, length);
    }

    /// <summary>Copies the current string, unescaped, into <see cref="_bytes"/> at <paramref name="offset"/>.</summary>
    private int CopyBytes(ref Utf8JsonReader reader, int offset = 0)
    {
        if (_bytes.Length < offset + reader.ValueSpan.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, offset + reader.ValueSpan.Length));
        }

        return reader.CopyString(_bytes.AsSpan(offset));
    }

    private static InvalidInputException MissingField(Field seen, string file, int lineNumber)
    {
        var (field, what) = (seen & Field.Id) == 0 ? (Field.Id, "a unique \"id\" string that pairs the baseline with the canary utterance")
            : (seen & Field.Reference) == 0 ? (Field.Reference, "\"reference\", the reference transcript")
            : (Field.Hypothesis, "\"hypothesis\", the model's final transcript");
        return new InvalidInputException(file, lineNumber, 0, $"This utterance has no \"{Name(field)}\". Every line needs {what}.");
    }

    private static InvalidInputException Error(string file, int lineNumber, ref Utf8JsonReader reader, string message) =>
        new(file, lineNumber, (int)reader.TokenStartIndex + 1, message);

    private static Field Identify(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return IdentifyEscaped(ref reader);
        }

        // Dispatch on the length first: one comparison per property instead of eight.
        var name = reader.ValueSpan;
        return name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => Field.Id,
            9 when name.SequenceEqual("reference"u8) => Field.Reference,
            10 when name.SequenceEqual("hypothesis"u8) => Field.Hypothesis,
            6 when name.SequenceEqual("slices"u8) => Field.Slices,
            8 when name.SequenceEqual("entities"u8) => Field.Entities,
            8 when name.SequenceEqual("partials"u8) => Field.Partials,
            8 when name.SequenceEqual("final_ms"u8) => Field.FinalMs,
            16 when name.SequenceEqual("first_partial_ms"u8) => Field.FirstPartialMs,
            _ => Field.None,
        };
    }

    private static Field IdentifyEscaped(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? Field.Id
        : reader.ValueTextEquals("reference"u8) ? Field.Reference
        : reader.ValueTextEquals("hypothesis"u8) ? Field.Hypothesis
        : reader.ValueTextEquals("slices"u8) ? Field.Slices
        : reader.ValueTextEquals("entities"u8) ? Field.Entities
        : reader.ValueTextEquals("first_partial_ms"u8) ? Field.FirstPartialMs
        : reader.ValueTextEquals("final_ms"u8) ? Field.FinalMs
        : reader.ValueTextEquals("partials"u8) ? Field.Partials
        : Field.None;

    private static string Name(Field field) => field switch
    {
        Field.Id => "id",
        Field.Reference => "reference",
        Field.Hypothesis => "hypothesis",
        Field.Slices => "slices",
        Field.Entities => "entities",
        Field.FirstPartialMs => "first_partial_ms",
        Field.FinalMs => "final_ms",
        _ => "partials",
    };

    [Flags]
    private enum Field
    {
        None = 0,
        Id = 1,
        Reference = 2,
        Hypothesis = 4,
        Slices = 8,
        Entities = 16,
        FirstPartialMs = 32,
        FinalMs = 64,
        Partials = 128,
        Required = Id | Reference | Hypothesis,
    }
}
