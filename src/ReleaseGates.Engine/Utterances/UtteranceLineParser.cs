using System.Text.Json;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Reads one JSON Lines line into an <see cref="UtteranceBuilder"/> with one <see cref="Utf8JsonReader"/>: texts
/// are normalised straight from the line's bytes when the normaliser's fast path takes them (<see cref="Utf8TextNormalizer"/>;
/// else decoded into a reused buffer first), scored and forgotten. Our own lines (contract §6, §8) and NeMo manifests (§10) are two spellings of the
/// same fields. Errors say where and what to do, and never quote the line.
/// </summary>
internal sealed class UtteranceLineParser
{
    private readonly UtteranceBuilder _builder;
    private readonly UtteranceFormat _format;
    private readonly string _lineShape;
    private char[] _chars = new char[256];
    private byte[] _bytes = new byte[64];
    private byte[] _rewritten = new byte[256];

    public UtteranceLineParser(UtteranceBuilder builder, UtteranceFormat format)
    {
        _builder = builder;
        _format = format;
        _lineShape = format == UtteranceFormat.Nemo
            ? "Each line of a NeMo manifest must be one JSON object such as {\"audio_filepath\": \"a.wav\", \"text\": \"...\", \"pred_text\": \"...\"}."
            : "Each line must be one JSON object such as {\"id\": \"utt-1\", \"reference\": \"...\", \"hypothesis\": \"...\"}.";
    }

    /// <summary>The builder this parser fills; other formats' readers fill it too (<see cref="IUtteranceFileReader"/>).</summary>
    public UtteranceBuilder Builder => _builder;

    public UtteranceFormat Format => _format;

    /// <summary>Parses <paramref name="line"/> and adds its utterance to <paramref name="shard"/>.</summary>
    /// <exception cref="InvalidInputException">The line is not a valid utterance.</exception>
    public void Parse(ReadOnlySpan<byte> line, string file, int lineNumber, UtteranceShard shard)
    {
        try
        {
            // Rewritten before the first parse, not after it fails: thrown and caught, a timeout on 8 % of the lines
            // would cost more than reading them. The search for the tokens' bytes is cheap; most lines have none.
            if (MayHoldNonFiniteToken(line) && PythonNonFiniteTokens.TryRewrite(line, ref _rewritten, out var length))
            {
                ParseJson(_rewritten.AsSpan(0, length), new Place(file, lineNumber), shard);
            }
            else
            {
                ParseJson(line, new Place(file, lineNumber), shard);
            }
        }
        catch (JsonException exception)
        {
            throw NotJson(new Place(file, lineNumber), exception);
        }
        catch (InvalidOperationException)
        {
            throw new InvalidInputException(file, lineNumber, 0, "This line is not valid UTF-8 text; write the file in UTF-8.");
        }
    }

    private static bool MayHoldNonFiniteToken(ReadOnlySpan<byte> line) =>
        line.IndexOf("Infinity"u8) >= 0 || line.IndexOf("NaN"u8) >= 0;

    private InvalidInputException NotJson(Place place, JsonException exception) =>
        new(place.File, place.Line, (int)(exception.BytePositionInLine ?? 0) + 1,
            "This line is not valid JSON. " + _lineShape + " Look for a truncated line or an unescaped quote or line break inside a text.");

    private void ParseJson(ReadOnlySpan<byte> line, Place place, UtteranceShard shard)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        _builder.Begin(shard);
        var seen = Field.None;

        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw place.At(ref reader, "This line is not a JSON object. " + _lineShape);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Identify(ref reader);
            if (field == Field.None && _format == UtteranceFormat.Nemo)
            {
                ReadNemoExtra(ref reader, place);
                continue;
            }

            if (field == Field.AudioFilepath && (seen & Field.Id) != 0)
            {
                reader.Read();
                reader.Skip(); // "id" beside "audio_filepath" names the utterance
                continue;
            }

            if (field != Field.None && (seen & field) != 0)
            {
                throw place.At(ref reader, $"\"{Name(field)}\" appears twice in this object; keep one.");
            }

            seen |= field;
            reader.Read();
            switch (field)
            {
                case Field.Id or Field.AudioFilepath:
                    ReadId(ref reader, place, field);
                    break;
                case Field.Reference:
                    ReadText(ref reader, place, field, TextKind.Reference);
                    break;
                case Field.Hypothesis:
                    ReadText(ref reader, place, field, TextKind.Hypothesis);
                    break;
                case Field.Entities:
                    ReadTextList(ref reader, place, field, TextKind.Entity);
                    break;
                case Field.Partials:
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        _builder.BeginPartials();
                    }

                    ReadTextList(ref reader, place, field, TextKind.Partial);
                    break;
                case Field.Slices:
                    ReadSlices(ref reader, place);
                    break;
                case Field.Group:
                    ReadGroup(ref reader, place);
                    break;
                case Field.FirstPartialMs:
                    ReadLatency(ref reader, place, field, NumberFields.FirstPartialMs);
                    break;
                case Field.FinalMs:
                    ReadLatency(ref reader, place, field, NumberFields.FinalMs);
                    break;
                case Field.Measures:
                    ReadMeasures(ref reader, place);
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

        Check(seen, place);
        _builder.End(place.Line);
    }

    private void Check(Field seen, Place place)
    {
        if ((seen & Field.Id) == 0 && !_builder.HasId)
        {
            throw _format == UtteranceFormat.Nemo
                ? place.Whole("This manifest line has no \"audio_filepath\" (or \"id\"). Every line needs one; it pairs the baseline with the canary utterance.")
                : place.Whole("This utterance has no \"id\". Every line needs a unique \"id\" string that pairs the baseline with the canary utterance.");
        }

        var texts = seen & (Field.Reference | Field.Hypothesis);
        if (texts != Field.None && texts != (Field.Reference | Field.Hypothesis))
        {
            var (given, missing) = texts == Field.Reference ? (Name(Field.Reference), Name(Field.Hypothesis)) : (Name(Field.Hypothesis), Name(Field.Reference));
            throw place.Whole($"This utterance has \"{given}\" but no \"{missing}\". Give both, or neither for a line that carries only measures.");
        }
    }

    private void ReadId(ref Utf8JsonReader reader, Place place, Field field)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw place.At(ref reader, $"\"{Name(field)}\" must be a string, e.g. \"{Name(field)}\": \"utt-000123\".");
        }

        var length = CopyBytes(ref reader);
        if (length == 0)
        {
            throw place.At(ref reader, $"\"{Name(field)}\" is empty; give every utterance a unique, non-empty id.");
        }

        _builder.SetId(_bytes.AsSpan(0, length));
    }

    private void ReadText(ref Utf8JsonReader reader, Place place, Field field, TextKind kind)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            if (kind == TextKind.Reference)
            {
                _builder.AddEmptyReference(); // Python's None: a reference with no words
            }

            return;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw place.At(ref reader, $"\"{Name(field)}\" must be a string (or null for no words).");
        }

        AddText(ref reader, kind);
    }

    private void ReadTextList(ref Utf8JsonReader reader, Place place, Field field, TextKind kind)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw place.At(ref reader, $"\"{Name(field)}\" must be an array of strings, e.g. \"{Name(field)}\": [\"...\"].");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw place.At(ref reader, $"Every item of \"{Name(field)}\" must be a string.");
            }

            AddText(ref reader, kind);
        }
    }

    private void ReadSlices(ref Utf8JsonReader reader, Place place)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw place.At(ref reader, "\"slices\" must be an array of slice names, e.g. \"slices\": [\"tenant:acme\"].");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw place.At(ref reader, "Every item of \"slices\" must be a slice name string such as \"tenant:acme\".");
            }

            _builder.AddSlice(_bytes.AsSpan(0, CopyBytes(ref reader)));
        }
    }

    private void ReadGroup(ref Utf8JsonReader reader, Place place)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length == 0)
        {
            throw place.At(ref reader, "\"group\" must be a non-empty string naming the call, session or speaker the line belongs to (or null).");
        }

        _builder.SetGroup(_bytes.AsSpan(0, CopyBytes(ref reader)));
    }

    private void ReadLatency(ref Utf8JsonReader reader, Place place, Field field, int number)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return; // not reported, or NaN as Python writes it
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            throw place.At(ref reader, $"\"{Name(field)}\" must be a number of milliseconds (Infinity for a timeout, null when unknown).");
        }

        var value = ReadNumber(ref reader);
        if (value < 0)
        {
            throw place.At(ref reader, $"\"{Name(field)}\" is negative; a latency is a number of milliseconds >= 0 (Infinity for a timeout).");
        }

        _builder.SetNumber(number, value, FieldKind.Number, place.Line);
    }

    private void ReadMeasures(ref Utf8JsonReader reader, Place place)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw place.At(ref reader, "\"measures\" must be an object of measure name -> number, true/false or null, e.g. \"measures\": {\"first_audio_byte_ms\": 182, \"barge_in\": false}.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = _bytes.AsSpan(0, CopyBytes(ref reader));
            if (!_builder.TryFindMeasure(name, out var field))
            {
                if (MeasureNames.Problem(name) is { } problem)
                {
                    throw place.At(ref reader, problem);
                }

                field = _builder.Field(name);
            }

            if (!_builder.MarkSetOnce(field))
            {
                throw place.At(ref reader, $"The measure \"{MeasureNames.Describe(name)}\" appears twice in \"measures\"; keep one.");
            }

            reader.Read();
            SetMeasure(ref reader, place, field);
        }
    }

    /// <summary>A NeMo manifest's other top-level numbers and booleans (duration, time, ...) are measures; anything else is skipped.</summary>
    private void ReadNemoExtra(ref Utf8JsonReader reader, Place place)
    {
        var name = _bytes.AsSpan(0, CopyBytes(ref reader));
        reader.Read();
        var isMeasure = reader.TokenType is JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False;
        if (!isMeasure || (!_builder.TryFindMeasure(name, out var field) && MeasureNames.Problem(name) is not null))
        {
            reader.Skip();
            return;
        }

        field = _builder.Field(name);
        if (!_builder.MarkSetOnce(field))
        {
            throw place.At(ref reader, $"\"{MeasureNames.Describe(name)}\" appears twice in this object; keep one.");
        }

        SetMeasure(ref reader, place, field);
    }

    private void SetMeasure(ref Utf8JsonReader reader, Place place, int field)
    {
        var valueStart = (int)reader.TokenStartIndex;
        string? problem;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return;
            case JsonTokenType.True or JsonTokenType.False:
                problem = _builder.SetNumber(field, reader.TokenType == JsonTokenType.True ? 1 : 0, FieldKind.Boolean, place.Line);
                break;
            case JsonTokenType.Number:
                var value = ReadNumber(ref reader);
                problem = double.IsNegativeInfinity(value)
                    ? "A measure of -Infinity has no meaning; Infinity is a timeout, null is not reported."
                    : _builder.SetNumber(field, value, FieldKind.Number, place.Line);
                break;
            default:
                reader.Skip();
                problem = "A measure is a number (Infinity for a timeout), true/false, or null when not reported; not a string, an array or an object.";
                break;
        }

        if (problem is not null)
        {
            throw place.AtColumn(valueStart + 1, problem);
        }
    }

    /// <summary>A JSON number as a double; one too large for a double is infinite, as in Python (1e400, and the
    /// Infinity that <see cref="PythonNonFiniteTokens"/> rewrote).</summary>
    private static double ReadNumber(ref Utf8JsonReader reader)
    {
        if (TryReadWholeNumber(reader.ValueSpan, out var whole))
        {
            return whole;
        }

        if (reader.TryGetDouble(out var value) && !double.IsInfinity(value))
        {
            return value;
        }

        return reader.ValueSpan[0] == (byte)'-' ? double.NegativeInfinity : double.PositiveInfinity;
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
        if (reader.ValueIsEscaped || !_builder.TryAddText(kind, reader.ValueSpan))
        {
            _builder.AddText(kind, DecodeChars(ref reader));
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

    /// <summary>Copies the current string or property name, unescaped, into <see cref="_bytes"/>.</summary>
    private int CopyBytes(ref Utf8JsonReader reader)
    {
        if (_bytes.Length < reader.ValueSpan.Length)
        {
            _bytes = new byte[Math.Max(_bytes.Length * 2, reader.ValueSpan.Length)];
        }

        return reader.CopyString(_bytes);
    }

    private Field Identify(ref Utf8JsonReader reader) => _format == UtteranceFormat.Nemo ? IdentifyNemo(ref reader) : IdentifyOwn(ref reader);

    private static Field IdentifyOwn(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return IdentifyEscaped(ref reader);
        }

        // Dispatch on the length first: one comparison per property instead of ten.
        var name = reader.ValueSpan;
        return name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => Field.Id,
            9 when name.SequenceEqual("reference"u8) => Field.Reference,
            10 when name.SequenceEqual("hypothesis"u8) => Field.Hypothesis,
            6 when name.SequenceEqual("slices"u8) => Field.Slices,
            5 when name.SequenceEqual("group"u8) => Field.Group,
            8 when name.SequenceEqual("entities"u8) => Field.Entities,
            8 when name.SequenceEqual("partials"u8) => Field.Partials,
            8 when name.SequenceEqual("final_ms"u8) => Field.FinalMs,
            8 when name.SequenceEqual("measures"u8) => Field.Measures,
            16 when name.SequenceEqual("first_partial_ms"u8) => Field.FirstPartialMs,
            _ => Field.None,
        };
    }

    private static Field IdentifyEscaped(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? Field.Id
        : reader.ValueTextEquals("reference"u8) ? Field.Reference
        : reader.ValueTextEquals("hypothesis"u8) ? Field.Hypothesis
        : reader.ValueTextEquals("slices"u8) ? Field.Slices
        : reader.ValueTextEquals("group"u8) ? Field.Group
        : reader.ValueTextEquals("entities"u8) ? Field.Entities
        : reader.ValueTextEquals("first_partial_ms"u8) ? Field.FirstPartialMs
        : reader.ValueTextEquals("final_ms"u8) ? Field.FinalMs
        : reader.ValueTextEquals("partials"u8) ? Field.Partials
        : reader.ValueTextEquals("measures"u8) ? Field.Measures
        : Field.None;

    /// <summary>NeMo's names for the id, the reference and the hypothesis ("id", when a line has one, wins over
    /// "audio_filepath"); our other fields keep their meaning.</summary>
    private static Field IdentifyNemo(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("audio_filepath"u8) ? Field.AudioFilepath
        : reader.ValueTextEquals("text"u8) ? Field.Reference
        : reader.ValueTextEquals("pred_text"u8) ? Field.Hypothesis
        : reader.ValueTextEquals("reference"u8) || reader.ValueTextEquals("hypothesis"u8) ? Field.None
        : IdentifyOwn(ref reader);

    private string Name(Field field) => field switch
    {
        Field.Id => "id",
        Field.AudioFilepath => "audio_filepath",
        Field.Reference => _format == UtteranceFormat.Nemo ? "text" : "reference",
        Field.Hypothesis => _format == UtteranceFormat.Nemo ? "pred_text" : "hypothesis",
        Field.Slices => "slices",
        Field.Group => "group",
        Field.Entities => "entities",
        Field.FirstPartialMs => "first_partial_ms",
        Field.FinalMs => "final_ms",
        Field.Measures => "measures",
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
        Group = 256,
        Measures = 512,
        AudioFilepath = 1024,
    }

    /// <summary>The file and line being read, to place errors.</summary>
    private readonly struct Place(string file, int line)
    {
        public string File { get; } = file;

        public int Line { get; } = line;

        public InvalidInputException At(ref Utf8JsonReader reader, string message) =>
            new(File, Line, (int)reader.TokenStartIndex + 1, message);

        public InvalidInputException AtColumn(int column, string message) => new(File, Line, column, message);

        public InvalidInputException Whole(string message) => new(File, Line, 0, message);
    }
}
