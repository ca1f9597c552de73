using System.Text;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Evaluation;

namespace ReleaseGates.Engine.Tests.Evaluation;

public sealed class EvaluationOutputReaderTests
{
    private static EvaluationOutput Parse(string json) =>
        EvaluationOutputReader.Parse(Encoding.UTF8.GetBytes(json), "/repo/eval/canary.json", "canary evaluation output 'eval/canary.json'");

    private static GateDiagnostic Invalid(string json) =>
        Assert.Single(Assert.Throws<InvalidInputException>(() => Parse(json)).Errors);

    [Fact]
    public void Flat_output_maps_metric_names_to_numbers()
    {
        var output = Parse("""{ "wer": 0.081, "entity_error_rate": 0.02 }""");

        Assert.Equal(0.081m, output.Overall.Metric("wer")!.Value);
        Assert.Equal(0.02m, output.Overall.Metric("entity_error_rate")!.Value);
        Assert.Null(output.Overall.Samples);
        Assert.Empty(output.Slices);
    }

    [Fact]
    public void Structured_output_has_samples_metrics_and_slices()
    {
        var output = Parse("""
            { "samples": 12000,
              "metrics": { "wer": 0.081 },
              "slices": { "tenant:acme": { "samples": 900, "metrics": { "wer": 0.09 } } } }
            """);

        Assert.Equal(12000m, output.Overall.Samples);
        Assert.Equal(0.081m, output.Overall.Metric("wer")!.Value);
        Assert.Null(output.Overall.Metric("samples"));
        var slice = Assert.Single(output.Slices);
        Assert.Equal("tenant:acme", slice.Key);
        Assert.Equal(900m, slice.Value.Samples);
        Assert.Equal(0.09m, slice.Value.Metric("wer")!.Value);
    }

    [Fact]
    public void Structured_output_ignores_metadata_beside_metrics()
    {
        var output = Parse("""{ "model": "asr-v7", "metrics": { "wer": 0.081 } }""");

        Assert.Single(output.Overall.Metrics);
    }

    [Theory]
    [InlineData("NaN", "is NaN (not a finite number)")]
    [InlineData("Infinity", "is Infinity (not a finite number)")]
    [InlineData("-Infinity", "is -Infinity (not a finite number)")]
    [InlineData("1e400", "1e400 is too large for any number representation (it reads as infinite), so it is not a finite number")]
    [InlineData("\"0.08\"", "is a string, not a number")]
    [InlineData("null", "is null, not a number")]
    [InlineData("[0.08]", "is an array, not a number")]
    public void A_metric_that_is_not_a_finite_number_is_kept_with_its_reason(string value, string reason)
    {
        var metric = Parse($$"""{ "metrics": { "wer": {{value}} } }""").Overall.Metric("wer")!;

        Assert.Null(metric.Value);
        Assert.Equal(reason, metric.Problem);
    }

    [Fact]
    public void A_string_metric_is_never_echoed_into_the_reason()
    {
        var metric = Parse("""{ "wer": "patient said metformin" }""").Overall.Metric("wer")!;

        Assert.DoesNotContain("metformin", metric.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_are_read_exactly_as_written()
    {
        var output = Parse("""{ "a": 0.1, "b": 0.30000000000000004, "c": 1e-3, "d": 1e-400 }""");

        Assert.Equal(0.1m, output.Overall.Metric("a")!.Value);
        Assert.Equal(0.30000000000000004m, output.Overall.Metric("b")!.Value);
        Assert.Equal(0.001m, output.Overall.Metric("c")!.Value);
        Assert.Equal(0m, output.Overall.Metric("d")!.Value);
    }

    [Theory]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("\"wer\"", "must be a JSON object")]
    [InlineData("{ \"wer\": 0.1 ", "is not valid JSON")]
    [InlineData("", "is not valid JSON: the file is empty")]
    public void A_file_that_is_not_a_json_object_is_invalid_input_naming_the_file(string json, string expected)
    {
        var error = Invalid(json);

        Assert.Equal("/repo/eval/canary.json", error.FilePath);
        Assert.Contains("canary evaluation output 'eval/canary.json'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "samples": -1, "metrics": { "wer": 1 } }""", "'samples' at the top level is -1; it must be a whole number >= 0")]
    [InlineData("""{ "samples": 1.5, "wer": 1 }""", "must be a whole number >= 0")]
    [InlineData("""{ "metrics": { "wer": 1 }, "slices": [] }""", "'slices' must be an object")]
    [InlineData("""{ "metrics": { "wer": 1 }, "slices": { "a": 3 } }""", "slice 'a' must be an object")]
    [InlineData("""{ "wer": 1, "wer": 2 }""", "'wer' appears twice at the top level")]
    public void Structural_problems_are_invalid_input_at_their_line(string json, string expected)
    {
        var error = Invalid(json);

        Assert.Equal(1, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_invalid_input()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");

        var error = Assert.Single(Assert.Throws<InvalidInputException>(() => EvaluationOutputReader.Read(path, "baseline evaluation output")).Errors);

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Slices_keep_file_order()
    {
        var output = Parse("""{ "metrics": {}, "slices": { "z": { "wer": 1 }, "a": { "wer": 2 }, "m": { "metrics": { "wer": 3 } } } }""");

        Assert.Equal(new[] { "z", "a", "m" }, output.Slices.Select(s => s.Key));
        Assert.Equal(3m, output.Slice("m")!.Metric("wer")!.Value);
    }
}
