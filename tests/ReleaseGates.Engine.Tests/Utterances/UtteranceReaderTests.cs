using ReleaseGates.Engine.Utterances;
using static ReleaseGates.Engine.Tests.Utterances.UtteranceCorpus;

namespace ReleaseGates.Engine.Tests.Utterances;

public sealed class UtteranceReaderTests : IDisposable
{
    private const string Secret = "metformin";

    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Shards_are_read_in_order_and_their_utterances_add_up()
    {
        _workspace.Write("eval/shard-1.jsonl", Lines(Utterance("a", "one two", "one two")));
        _workspace.Write("eval/shard-2.jsonl", Lines(Utterance("b", "three four", "three"), Utterance("c", "five", "five")));

        var set = Read(_workspace, "eval/shard-*.jsonl");

        Assert.Equal(3, set.Count);
        Assert.Equal([0, 1, 1], set.Records.ToArray().Select(r => r.FileIndex));
        Assert.Equal([1, 1, 2], set.Records.ToArray().Select(r => r.Line));
        Assert.Equal(1, set.Records.ToArray().Sum(r => r.Score.Edits));
    }

    [Fact]
    public void Blank_lines_a_byte_order_mark_crlf_and_a_last_line_without_newline_are_read()
    {
        _workspace.Write("eval/u.jsonl", "\uFEFF" + Line(Utterance("a", "x", "x")) + "\r\n\r\n" + Line(Utterance("b", "y", "z")));

        var set = Read(_workspace, "eval/u.jsonl");

        Assert.Equal(2, set.Count);
        Assert.Equal(3, set.Records[1].Line);
    }

    [Fact]
    public void Fields_a_pipeline_adds_are_ignored()
    {
        _workspace.Write("eval/u.jsonl", """{"id": "a", "audio": {"path": "a.wav", "seconds": [1, 2]}, "reference": "x", "hypothesis": "x", "model": null}""" + "\n");

        Assert.Equal(1, Read(_workspace, "eval/u.jsonl").Count);
    }

    [Fact]
    public void Escaped_text_is_scored_unescaped()
    {
        _workspace.Write("eval/u.jsonl", """{"id": "a\u0031", "reference": "caf\u00e9 \"ok\"", "hypothesis": "café ok"}""" + "\n");

        var set = Read(_workspace, "eval/u.jsonl");

        Assert.Equal(0, set.Records[0].Score.Edits);
        Assert.True(set.Ids.TryFind("a1"u8, out _));
    }

    [Fact]
    public void Texts_are_scored_alike_whether_written_plain_as_raw_utf8_or_as_escapes()
    {
        // Plain ASCII is normalised from the line's bytes; anything else (escapes, other characters) is decoded first.
        const string Plain = """{"id": "a", "reference": "Start METFORMIN, 500 mg.", "hypothesis": "start met forming 500mg", "entities": ["Metformin"], "partials": ["start", "start met"]}""";
        const string Raw = """{"id": "a", "reference": "Café: don't stop — İstanbul", "hypothesis": "cafe dont stop istanbul", "entities": ["CAFÉ"], "partials": ["café", "café don't"]}""";
        _workspace.Write("plain/u.jsonl", Plain + "\n").Write("raw/u.jsonl", Raw + "\n");
        _workspace.Write("plain-escaped/u.jsonl", EscapeTexts(Plain) + "\n").Write("raw-escaped/u.jsonl", EscapeTexts(Raw) + "\n");

        foreach (var (original, escaped) in new[] { ("plain", "plain-escaped"), ("raw", "raw-escaped") })
        {
            var expected = Read(_workspace, $"{original}/u.jsonl").Records[0];
            var actual = Read(_workspace, $"{escaped}/u.jsonl").Records[0];
            Assert.Equal(
                (expected.Score.ReferenceWords, expected.Score.Edits, expected.Score.EntityMisses, expected.Score.Erasures, expected.Score.ChurnWords),
                (actual.Score.ReferenceWords, actual.Score.Edits, actual.Score.EntityMisses, actual.Score.Erasures, actual.Score.ChurnWords));
        }

        Assert.Equal((4, 3, 1, 0, 4), ScoreOf(Read(_workspace, "plain/u.jsonl").Records[0]));
        Assert.Equal((4, 2, 1, 2, 4), ScoreOf(Read(_workspace, "raw/u.jsonl").Records[0]));
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("910", 910.0)]
    [InlineData("123456789012345", 123456789012345.0)] // 15 digits: read directly
    [InlineData("1234567890123456789", 1234567890123456789.0)] // more: by the general parser, rounded as a double
    [InlineData("910.5", 910.5)]
    [InlineData("9.1e2", 910.0)]
    [InlineData("0.1", 0.1)]
    public void Latencies_are_read_as_the_double_nearest_their_digits(string number, double expected)
    {
        _workspace.Write("eval/u.jsonl", $$"""{"id": "a", "reference": "x", "hypothesis": "x", "final_ms": {{number}}}""" + "\n");

        Assert.Equal(expected, Read(_workspace, "eval/u.jsonl").Fields.Values(NumberFields.FinalMs)[0]);
    }

    [Fact]
    public void Python_NaN_latencies_count_as_absent_and_Infinity_as_a_timeout()
    {
        _workspace.Write("eval/u.jsonl", """{"id": "a", "reference": "NaN", "hypothesis": "NaN", "first_partial_ms": NaN, "final_ms": Infinity}""" + "\n");

        var set = Read(_workspace, "eval/u.jsonl");

        Assert.True(double.IsNaN(set.Fields.Values(NumberFields.FirstPartialMs)[0]));
        Assert.Equal(double.PositiveInfinity, set.Fields.Values(NumberFields.FinalMs)[0]);
        Assert.Equal(0, set.Records[0].Score.Edits);
    }

    [Fact]
    public void Infinity_and_NaN_inside_texts_stay_words_and_a_broken_line_with_them_is_still_an_error()
    {
        _workspace.Write("eval/u.jsonl", """{"id": "a", "reference": "to Infinity and beyond NaN", "hypothesis": "to infinity and beyond nan", "final_ms": 12}""" + "\n"
            + """{"id": "b", "reference": "Infinity", "hypothesis": "x", "final_ms": Infinity}""" + "\n"
            + """{"id": "c", "reference": "Infinity", "hypothesis": "x" "final_ms": Infinity}""" + "\n");

        var error = ReadError(_workspace, "eval/u.jsonl");

        Assert.Equal(3, error.Line);
        Assert.Contains("not valid JSON", error.Message);
        _workspace.Write("eval/ok.jsonl", string.Join("\n", File.ReadLines(_workspace.PathOf("eval/u.jsonl")).Take(2)) + "\n");
        var set = Read(_workspace, "eval/ok.jsonl");
        Assert.Equal([0, 1], set.Records.ToArray().Select(r => r.Score.Edits));
        Assert.Equal([12, double.PositiveInfinity], set.Fields.Values(NumberFields.FinalMs).Take(2));
    }

    [Fact]
    public void A_malformed_line_names_file_line_and_column_and_never_quotes_the_text()
    {
        _workspace.Write("eval/u.jsonl", Lines(Utterance("a", "x", "x")) + """{"id": "b", "reference": "start metformin", "hypothesis": "start met""" + "\n");

        var error = ReadError(_workspace, "eval/u.jsonl");

        Assert.Equal(_workspace.PathOf("eval/u.jsonl"), error.FilePath);
        Assert.Equal(2, error.Line);
        Assert.True(error.Column > 1);
        Assert.Contains("not valid JSON", error.Message);
        Assert.DoesNotContain(Secret, error.Message);
    }

    [Fact]
    public void A_line_that_is_not_an_object_is_an_error()
    {
        _workspace.Write("eval/u.jsonl", "[\"metformin\"]\n");

        var error = ReadError(_workspace, "eval/u.jsonl");

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("not a JSON object", error.Message);
        Assert.DoesNotContain(Secret, error.Message);
    }

    [Fact]
    public void Two_objects_on_one_line_are_an_error()
    {
        _workspace.Write("eval/u.jsonl", Line(Utterance("a", "x", "x")) + Line(Utterance("b", "x", "x")) + "\n");

        Assert.Equal(1, ReadError(_workspace, "eval/u.jsonl").Line);
    }

    [Fact]
    public void A_duplicate_id_names_both_places()
    {
        _workspace.Write("eval/1.jsonl", Lines(Utterance("utt-7", "x", "x")));
        _workspace.Write("eval/2.jsonl", Lines(Utterance("utt-8", "x", "x"), Utterance("utt-7", Secret, Secret)));

        var error = ReadError(_workspace, "eval/*.jsonl");

        Assert.Equal((_workspace.PathOf("eval/2.jsonl"), 2), (error.FilePath, error.Line));
        Assert.Contains("\"utt-7\" is used twice", error.Message);
        Assert.Contains($"{Path.GetFullPath(_workspace.PathOf("eval/1.jsonl"))} line 1", error.Message);
        Assert.DoesNotContain(Secret, error.Message);
    }

    [Fact]
    public void Errors_are_reported_in_reading_order_across_shards()
    {
        // Shards are read in parallel; a duplicate id that comes before a bad line, reading the files in order, is
        // the error reported, even when the bad line is in the shard that repeats the id.
        _workspace.Write("eval/1.jsonl", Lines(Utterance("utt-7", "x", "x"), Utterance("utt-8", "x", "x")));
        _workspace.Write("eval/2.jsonl", Lines(Utterance("utt-9", "x", "x"), Utterance("utt-7", "x", "x")) + "{not json\n");

        var error = ReadError(_workspace, "eval/*.jsonl");

        Assert.Equal((_workspace.PathOf("eval/2.jsonl"), 2), (error.FilePath, error.Line));
        Assert.Contains("\"utt-7\" is used twice", error.Message);
    }

    [Fact]
    public void A_bad_line_before_a_duplicate_id_is_the_error_reported()
    {
        _workspace.Write("eval/1.jsonl", Lines(Utterance("utt-7", "x", "x")) + "{not json\n");
        _workspace.Write("eval/2.jsonl", Lines(Utterance("utt-7", "x", "x")));

        var error = ReadError(_workspace, "eval/*.jsonl");

        Assert.Equal((_workspace.PathOf("eval/1.jsonl"), 2), (error.FilePath, error.Line));
        Assert.Contains("not valid JSON", error.Message);
    }

    [Theory]
    [InlineData("""{"reference": "x", "hypothesis": "x"}""", "no \"id\"")]
    [InlineData("""{"id": "a", "hypothesis": "x"}""", "no \"reference\"")]
    [InlineData("""{"id": "a", "reference": "x"}""", "no \"hypothesis\"")]
    [InlineData("""{"id": "", "reference": "x", "hypothesis": "x"}""", "\"id\" is empty")]
    public void A_missing_required_field_is_an_error_that_names_it(string line, string expected)
    {
        _workspace.Write("eval/u.jsonl", line + "\n");

        var error = ReadError(_workspace, "eval/u.jsonl");

        Assert.Equal(1, error.Line);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("""{"id": 7, "reference": "x", "hypothesis": "x"}""", "\"id\" must be a string", 8)]
    [InlineData("""{"id": "a", "reference": ["metformin"], "hypothesis": "x"}""", "\"reference\" must be a string", 26)]
    [InlineData("""{"id": "a", "reference": "x", "hypothesis": "x", "slices": "tenant:acme"}""", "\"slices\" must be an array", 60)]
    [InlineData("""{"id": "a", "reference": "x", "hypothesis": "x", "entities": [1]}""", "Every item of \"entities\" must be a string", 63)]
    [InlineData("""{"id": "a", "reference": "x", "hypothesis": "x", "final_ms": "910"}""", "\"final_ms\" must be a number", 62)]
    [InlineData("""{"id": "a", "reference": "x", "hypothesis": "x", "final_ms": -1}""", "\"final_ms\" is negative", 62)]
    [InlineData("""{"id": "a", "id": "b", "reference": "x", "hypothesis": "x"}""", "\"id\" appears twice", 13)]
    public void A_field_of_the_wrong_type_is_an_error_at_its_column(string line, string expected, int column)
    {
        _workspace.Write("eval/u.jsonl", line + "\n");

        var error = ReadError(_workspace, "eval/u.jsonl");

        Assert.Equal((1, column), (error.Line, error.Column));
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain(Secret, error.Message);
    }

    [Fact]
    public void Null_texts_have_no_words_and_null_lists_are_absent()
    {
        _workspace.Write("eval/u.jsonl", """{"id": "a", "reference": "one two", "hypothesis": null, "slices": null, "entities": null, "partials": null, "final_ms": null}""" + "\n");

        var set = Read(_workspace, "eval/u.jsonl");
        var record = set.Records[0];

        Assert.Equal((2, 2, 0, -1), (record.Score.ReferenceWords, record.Score.Edits, record.SliceCount, record.Score.ChurnWords));
        Assert.True(double.IsNaN(set.Fields.Values(NumberFields.FinalMs)[0]));
    }

    [Fact]
    public void A_slice_listed_twice_counts_once()
    {
        _workspace.Write("eval/u.jsonl", """{"id": "a", "reference": "x", "hypothesis": "x", "slices": ["tenant:acme", "tenant:acme"]}""" + "\n");

        Assert.Equal(1, ComputeMetrics(_workspace, "eval/u.jsonl").Slices.Single().Value.Samples);
    }

    [Fact]
    public void A_twenty_thousand_word_utterance_is_scored_like_a_short_one()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 20_000));
        _workspace.Write("eval/u.jsonl", Lines(Utterance("long", words, words + " extra"), Utterance("short", "a", "b")));

        var set = Read(_workspace, "eval/u.jsonl");

        Assert.Equal((20_000, 1), (set.Records[0].Score.ReferenceWords, set.Records[0].Score.Edits));
        Assert.Equal(1, set.Records[1].Score.Edits);
    }

    private static (int, int, int, int, int) ScoreOf(UtteranceRecord record) =>
        (record.Score.ReferenceWords, record.Score.Edits, record.Score.EntityMisses, record.Score.Erasures, record.Score.ChurnWords);

    /// <summary>The line with every character of its string values written as a \uXXXX escape.</summary>
    private static string EscapeTexts(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, "\"((?:[^\"\\\\]|\\\\.)*)\"", match =>
            "\"" + string.Concat(match.Groups[1].Value.Select(c => $"\\u{(int)c:x4}")) + "\"");
}
