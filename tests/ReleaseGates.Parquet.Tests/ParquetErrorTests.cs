using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Utterances;
using static ReleaseGates.Parquet.Tests.Fixtures;

namespace ReleaseGates.Parquet.Tests;

/// <summary>Invalid Parquet input is RG4003 naming the file, and the row group, column and row where they mean
/// something; the checks the JSON Lines reader makes on a line it makes on a row.</summary>
public sealed class ParquetErrorTests
{
    [Fact]
    public void A_file_cut_short_is_invalid_input_not_a_crash()
    {
        var error = ReadError("truncated.parquet");

        Assert.Equal((GateRules.InvalidInput, PathOf("truncated.parquet"), 0), (error.Id, error.FilePath, error.Line));
        Assert.StartsWith("This file cannot be read as Parquet (its footer:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check that the job that wrote it finished", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_Parquet_at_all_is_invalid_input()
    {
        var path = Path.Combine(Path.GetTempPath(), $"releasegates-{Guid.NewGuid():N}.parquet");
        File.WriteAllText(path, """{"id": "a", "reference": "x", "hypothesis": "x"}""" + "\n");
        try
        {
            var error = Assert.Single(Assert.Throws<InvalidInputException>(() => UtteranceReader.Read([path], UtteranceReadOptions.Standard)).Errors);

            Assert.StartsWith("This file cannot be read as Parquet", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("no-id.parquet", "This Parquet file has no \"id\" column (its columns: \"utterance\", \"reference\", \"hypothesis\").")]
    [InlineData("reference-int64.parquet", "The column \"reference\" is int64; it must be a string")]
    [InlineData("slices-int-list.parquet", "The column \"slices\" is list<int64>; it must be a list of strings (list<string>")]
    [InlineData("measure-string.parquet", "The measure \"turn_latency_ms\" (a field of the struct column \"measures\") is string; a measure is a number")]
    [InlineData("latency-string.parquet", "The column \"final_ms\" is string; it must be a number of milliseconds")]
    public void A_missing_id_or_a_column_of_the_wrong_type_names_the_file_and_column(string file, string message)
    {
        var error = ReadError(file);

        Assert.Equal((GateRules.InvalidInput, PathOf(file), 0), (error.Id, error.FilePath, error.Line));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reference-without-hypothesis.parquet", 2, "This utterance has \"reference\" but no \"hypothesis\". Give both (\"\" for a text with no words), or neither (both null) for a row that carries only measures. (row 2: row group 1 of 1, column \"hypothesis\")")]
    [InlineData("null-id.parquet", 2, "This row has no id (null).")]
    [InlineData("null-slice.parquet", 3, "An item of \"slices\" is null; every item must be a slice name string such as 'tenant:acme'. (row 3: row group 1 of 1, column \"slices\")")]
    [InlineData("negative-latency.parquet", 3, "\"first_partial_ms\" is negative;")]
    [InlineData("duplicate-id.parquet", 3, "The id \"utt-0\" is used twice (first at ")]
    public void A_bad_row_is_reported_at_its_row_as_a_bad_line_is_at_its_line(string file, int row, string message)
    {
        var error = ReadError(file);

        Assert.Equal((GateRules.InvalidInput, PathOf(file), row), (error.Id, error.FilePath, error.Line));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_points_at_the_first_row_by_its_row()
    {
        Assert.Contains($"(first at {PathOf("duplicate-id.parquet")} row 1)", ReadError("duplicate-id.parquet").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_that_is_a_number_in_one_file_and_a_boolean_in_another_is_invalid_at_its_row()
    {
        var error = ReadError("baseline.parquet", "measure-boolean.parquet");

        Assert.Equal((PathOf("measure-boolean.parquet"), 1), (error.FilePath, error.Line));
        Assert.Contains($"The measure \"turn_latency_ms\" is a boolean here but not at {PathOf("baseline.parquet")} row 1.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("canary-other-group.parquet", "is in group \"call-0\" in the baseline and in group \"call-moved\" in the canary")]
    [InlineData("canary-other-reference.parquet", "has a different normalised reference in the baseline and in the canary")]
    public void A_paired_row_in_another_group_or_with_another_reference_is_invalid_as_a_paired_line_is(string canary, string message)
    {
        var baseline = Read("baseline.parquet");
        var other = Read(canary);

        var error = Assert.Single(Assert.Throws<InvalidInputException>(() => UtterancePairing.Pair(baseline, other)).Errors);

        Assert.Equal((PathOf("baseline.parquet"), 1), (error.FilePath, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains($"{PathOf(canary)} row 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NeMo_source_naming_a_Parquet_file_says_Parquet_files_take_our_column_names()
    {
        var error = Assert.Single(Assert.Throws<InvalidInputException>(() =>
            UtteranceReader.Read([PathOf("baseline.parquet")], UtteranceReadOptions.Standard with { Format = UtteranceFormat.Nemo })).Errors);

        Assert.StartsWith("\"format\": \"nemo\" reads NeMo's JSON Lines manifests", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_message_quotes_a_transcript()
    {
        var messages = new[] { "reference-without-hypothesis.parquet", "null-slice.parquet", "negative-latency.parquet", "reference-int64.parquet" }
            .Select(file => ReadError(file).Message);

        Assert.All(messages, message => Assert.DoesNotContain("ok one two", message, StringComparison.Ordinal));
    }
}
