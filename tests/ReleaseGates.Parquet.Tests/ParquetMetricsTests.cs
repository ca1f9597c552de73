using System.Text.Json;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;
using static ReleaseGates.Parquet.Tests.Fixtures;

namespace ReleaseGates.Parquet.Tests;

/// <summary>Contract §10: a Parquet file gives exactly the metrics of the same utterances as JSON Lines.</summary>
public sealed class ParquetMetricsTests
{
    [Theory]
    [InlineData("baseline")]
    [InlineData("canary")]
    public void A_Parquet_file_has_the_metrics_normaliser_and_fingerprint_of_its_JSON_Lines_twin(string side)
    {
        var parquet = UtteranceMetricsJsonWriter.Write(Metrics(side + ".parquet"));
        var lines = UtteranceMetricsJsonWriter.Write(Metrics(side + ".jsonl"));

        Assert.Equal(lines, parquet);
        Assert.Contains("\"wer\"", parquet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("baseline-gzip.parquet", "baseline.jsonl")]
    [InlineData("baseline-uncompressed.parquet", "baseline.jsonl")]
    [InlineData("baseline-v2.parquet", "baseline.jsonl")] // DuckDB's v2 encodings: delta-encoded texts, read by Parquet.Net
    [InlineData("pages-v2.parquet", "pages-v2.jsonl")] // parquetjs: data page v2, many pages per chunk
    [InlineData("pages-split-rows.parquet", "pages-v2.jsonl")] // parquetjs: v1 pages, lists that go on into the next page
    [InlineData("edge-strings.parquet", "edge-strings.jsonl")] // empty texts, lists and items; dictionaries
    public void Every_codec_page_version_and_encoding_gives_the_metrics_of_the_JSON_Lines_twin(string parquet, string lines)
    {
        Assert.Equal(UtteranceMetricsJsonWriter.Write(Metrics(lines)), UtteranceMetricsJsonWriter.Write(Metrics(parquet)));
    }

    [Fact]
    public void Parquet_and_JSON_Lines_shards_mix_in_one_side()
    {
        var extra = Path.Combine(Path.GetTempPath(), $"releasegates-parquet-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(extra, """{"id": "extra-1", "reference": "one two three", "hypothesis": "one two"}""" + "\n");
        try
        {
            var mixed = UtteranceMetrics.Compute([PathOf("baseline.parquet"), extra], UtteranceReadOptions.Standard);

            Assert.Equal(401, mixed.Evaluation.Overall.Samples);
        }
        finally
        {
            File.Delete(extra);
        }
    }

    [Fact]
    public void Measures_lists_nulls_and_timeouts_count_as_the_rows_say()
    {
        var expected = Expected.From(PathOf("baseline.jsonl"));

        var overall = Metrics("baseline.parquet").Evaluation.Overall;

        Assert.Equal(400, overall.Samples);
        Assert.Equal(expected.FinalTimeouts / expected.FinalReported, Metric(overall, "final_ms_timeout_rate"));
        Assert.Equal(double.PositiveInfinity, Metric(overall, "final_ms_p99"));
        Assert.Equal(expected.BargeIns / expected.BargeInReported, Metric(overall, "barge_in_rate"));
        Assert.Equal(double.PositiveInfinity, Metric(overall, "turn_latency_ms_mean")); // a mean over a timeout
        Assert.Equal(expected.CostSum / expected.CostReported, Metric(overall, "cost_usd_mean"), 12);
        Assert.Equal(expected.Slices, Metrics("baseline.parquet").Evaluation.Slices.Select(s => s.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rows_are_numbered_across_row_groups_in_file_order()
    {
        var set = Read("baseline.parquet");

        Assert.Equal(400, set.Count);
        Assert.Equal(Enumerable.Range(1, 400), set.Records.ToArray().Select(r => r.Line));
        Assert.Equal("utt-00151", set.Ids.GetString(150)); // first row of the second row group
        Assert.Equal(3, RowGroups("baseline.parquet"));
    }

    private static int RowGroups(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        var reader = global::Parquet.ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            return reader.RowGroupCount;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static double Metric(MetricValues values, string name) => values.Values.Single(v => v.Key == name).Value;

    /// <summary>Counts taken from the JSON Lines twin with System.Text.Json, not with the engine.</summary>
    private sealed record Expected(double FinalTimeouts, double FinalReported, double BargeIns, double BargeInReported, double CostSum, double CostReported, string[] Slices)
    {
        public static Expected From(string jsonl)
        {
            double timeouts = 0, reported = 0, bargeIns = 0, bargeInReported = 0, cost = 0, costReported = 0;
            var slices = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(jsonl))
            {
                // System.Text.Json takes no bare Infinity: the twin spells timeouts as Python does.
                using var row = JsonDocument.Parse(line.Replace("Infinity", "\"inf\"", StringComparison.Ordinal));
                var root = row.RootElement;
                if (root.TryGetProperty("final_ms", out var final))
                {
                    reported++;
                    timeouts += final.ValueKind == JsonValueKind.String ? 1 : 0;
                }

                if (root.TryGetProperty("slices", out var names))
                {
                    slices.UnionWith(names.EnumerateArray().Select(n => n.GetString()!));
                }

                if (root.TryGetProperty("measures", out var measures))
                {
                    if (measures.GetProperty("barge_in").ValueKind is JsonValueKind.True or JsonValueKind.False)
                    {
                        bargeInReported++;
                        bargeIns += measures.GetProperty("barge_in").GetBoolean() ? 1 : 0;
                    }

                    costReported++;
                    cost += measures.GetProperty("cost_usd").GetDouble();
                }
            }

            return new Expected(timeouts, reported, bargeIns, bargeInReported, cost, costReported, slices.ToArray());
        }
    }
}
