using System.Text;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Tests.Json;

public sealed class PositionedJsonParserTests
{
    private static JsonNode Parse(string json, bool nonFinite = false) => PositionedJsonParser.Parse(Encoding.UTF8.GetBytes(json), nonFinite);

    [Fact]
    public void Values_remember_their_line_and_column()
    {
        var root = Parse("{\n  \"a\": 1,\n    \"b\": [true, \"x\"]\n}");

        Assert.Equal(new TextPosition(2, 3), root.Member("a")!.NamePosition);
        Assert.Equal(new TextPosition(2, 8), root.Member("a")!.Value.Position);
        Assert.Equal(new TextPosition(3, 17), root.Member("b")!.Value.Items[1].Position);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var root = Parse("{\"ü\": \"é\", \"n\": 2}");

        Assert.Equal(new TextPosition(1, 17), root.Member("n")!.Value.Position);
    }

    [Fact]
    public void Positions_stay_right_along_a_long_line_and_across_lines()
    {
        var line = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"\"m{i}\": {i}"));
        var root = Parse("{ " + line + ",\n \"after\": 1 }");

        var last = root.Members[299];
        Assert.Equal(1, last.NamePosition.Line);
        Assert.Equal(3 + line.LastIndexOf("\"m299\"", StringComparison.Ordinal), last.NamePosition.Column);
        Assert.Equal(new TextPosition(2, 2), root.Member("after")!.NamePosition);
    }

    [Fact]
    public void Numbers_keep_their_text_as_written()
    {
        var root = Parse("{\"a\": 0.100, \"b\": 1E-3, \"c\": -0}");

        Assert.Equal("0.100", root.Member("a")!.Value.Text);
        Assert.Equal("1E-3", root.Member("b")!.Value.Text);
        Assert.Equal("-0", root.Member("c")!.Value.Text);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_because_people_write_gates_json_by_hand()
    {
        var root = Parse("{ // budgets\n \"a\": [1, 2,], /* block */ \"b\": 2, }");

        Assert.Equal(2, root.Member("a")!.Value.Items.Count);
        Assert.Equal("2", root.Member("b")!.Value.Text);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void Python_non_finite_tokens_are_read_where_allowed(string token)
    {
        var root = Parse($"{{\"wer\": {token}, \"x\": [{token}]}}", nonFinite: true);

        Assert.Equal(JsonNodeKind.NonFiniteNumber, root.Member("wer")!.Value.Kind);
        Assert.Equal(token, root.Member("wer")!.Value.Text);
        Assert.Equal(token, root.Member("x")!.Value.Items[0].Text);
    }

    [Fact]
    public void Non_finite_words_inside_strings_and_comments_stay_text()
    {
        var root = Parse("{\"s\": \"NaN Infinity\", // NaN\n \"t\": \"\\\"NaN\"}", nonFinite: true);

        Assert.Equal(JsonNodeKind.String, root.Member("s")!.Value.Kind);
        Assert.Equal("NaN Infinity", root.Member("s")!.Value.Text);
        Assert.Equal("\"NaN", root.Member("t")!.Value.Text);
    }

    [Fact]
    public void Non_finite_tokens_are_syntax_errors_where_not_allowed()
    {
        var error = Assert.Throws<JsonSyntaxException>(() => Parse("{\n\"wer\": NaN}"));

        Assert.Equal(2, error.Position.Line);
    }

    [Fact]
    public void A_syntax_error_points_at_its_line_and_column()
    {
        var error = Assert.Throws<JsonSyntaxException>(() => Parse("{\n  \"a\": 1\n  \"b\": 2\n}"));

        Assert.Equal(3, error.Position.Line);
        Assert.Equal(3, error.Position.Column);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void An_empty_file_says_it_is_empty(string json)
    {
        var error = Assert.Throws<JsonSyntaxException>(() => Parse(json));

        Assert.Equal("the file is empty", error.Message);
    }

    [Fact]
    public void Utf8_bom_and_utf16_files_are_read()
    {
        var json = "{\"a\": 1}";
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(json)).ToArray();
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(json)).ToArray();

        Assert.Equal(new TextPosition(1, 2), PositionedJsonParser.Parse(withBom, false).Member("a")!.NamePosition);
        Assert.Equal("1", PositionedJsonParser.Parse(utf16, false).Member("a")!.Value.Text);
    }
}
