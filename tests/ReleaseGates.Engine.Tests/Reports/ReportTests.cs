using System.Text.Json;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Engine.Tests.Reports;

public sealed class ReportTests : IDisposable
{
    private readonly Workspace _workspace = ReportFixture.RollbackOnAcmeAndAPause();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Json_has_the_decision_and_one_result_per_budget_and_slice_with_the_contract_fields()
    {
        using var json = JsonDocument.Parse(ReportJsonWriter.Write(_workspace.Run()));
        var root = json.RootElement;

        Assert.Equal("rollback", root.GetProperty("decision").GetString());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        var acme = results[1];
        Assert.Equal("wer", acme.GetProperty("budget").GetString());
        Assert.Equal("tenant:acme", acme.GetProperty("slice").GetString());
        Assert.Equal("regressed", acme.GetProperty("status").GetString());
        Assert.Equal("rollback", acme.GetProperty("action").GetString());
        Assert.Equal(0.08m, acme.GetProperty("baseline").GetDecimal());
        Assert.Equal(0.092m, acme.GetProperty("canary").GetDecimal());
        Assert.Equal("+0.012 > +0.005 allowed", acme.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, results[0].GetProperty("slice").ValueKind);
        Assert.Equal(JsonValueKind.Null, results[0].GetProperty("ci_low").ValueKind);
    }

    [Fact]
    public void Json_numbers_are_written_as_compared_without_trailing_zeros()
    {
        var json = ReportJsonWriter.Write(_workspace.Run());

        Assert.Contains("\"baseline\": 0.08,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("0.080", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_round_trips_through_the_reader_the_task_replays_with()
    {
        var report = _workspace.Run();

        var replayed = ReportJsonReader.Read(ReportJsonWriter.Write(report));

        Assert.Equal(report.Decision, replayed.Decision);
        Assert.Equal(report.GatesFile, replayed.GatesFile);
        Assert.Equal(report.Release.RollbackFlags, replayed.Release.RollbackFlags);
        Assert.Equal(
            report.Results.Select(r => (r.Budget, r.Slice, r.Status, r.Action, r.Baseline, r.Canary, r.Delta, r.Reason, r.Position)),
            replayed.Results.Select(r => (r.Budget, r.Slice, r.Status, r.Action, r.Baseline, r.Canary, r.Delta, r.Reason, r.Position)));
    }

    [Fact]
    public void Invalid_input_round_trips_with_its_errors_and_no_decision()
    {
        _workspace.Write("gates.json", "{ \"budgets\": 1 }");
        var report = _workspace.Run();

        var replayed = ReportJsonReader.Read(ReportJsonWriter.Write(report));

        Assert.Null(replayed.Decision);
        Assert.Equal(report.Errors.Select(e => e.ToString()), replayed.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_file_that_is_not_a_report_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => ReportJsonReader.Read("{ \"decision\": 1 }"));
    }

    [Fact]
    public void The_summary_names_the_deciding_result_and_its_slice()
    {
        Assert.Equal("release gates: rollback — wer on tenant:acme: +0.012 > +0.005 allowed", SummaryLine.For(_workspace.Run()));
    }

    [Fact]
    public void The_summary_of_a_continue_counts_results()
    {
        _workspace.Canary("""{ "metrics": { "wer": 0.081, "correction_rate": 0.04 }, "slices": { "tenant:acme": { "wer": 0.080, "correction_rate": 0.04 } } }""");

        Assert.Equal("release gates: continue — 4 of 4 results within budget", SummaryLine.For(_workspace.Run()));
    }

    [Fact]
    public void Markdown_has_a_title_a_table_row_per_result_and_escapes_pipes()
    {
        var markdown = MarkdownReportWriter.Write(_workspace.Run());

        Assert.StartsWith("# Release gates: ROLLBACK", markdown, StringComparison.Ordinal);
        Assert.Contains("Release: asr | asr-v6 -> asr-v7 | rollback flags: asr.v7", markdown, StringComparison.Ordinal);
        Assert.Contains("| wer | tenant:acme | regressed | rollback | 0.08 | 0.092 | +0.012 | +0.012 > +0.005 allowed |", markdown, StringComparison.Ordinal);
        Assert.Equal(4, markdown.Split('\n').Count(line => line.StartsWith("| wer", StringComparison.Ordinal) || line.StartsWith("| correction_rate", StringComparison.Ordinal)));
    }

    [Fact]
    public void Text_is_an_aligned_table_with_the_summary_first()
    {
        var lines = TextReportWriter.Write(_workspace.Run()).Split(Environment.NewLine);

        Assert.StartsWith("release gates: rollback", lines[0], StringComparison.Ordinal);
        var header = lines.Single(l => l.StartsWith("BUDGET", StringComparison.Ordinal));
        var row = lines.Single(l => l.Contains("tenant:acme", StringComparison.Ordinal) && l.StartsWith("wer", StringComparison.Ordinal));
        Assert.Equal(header.IndexOf("STATUS", StringComparison.Ordinal), row.IndexOf("regressed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_interval_column_appears_only_with_intervals()
    {
        Assert.DoesNotContain("interval", MarkdownReportWriter.Write(_workspace.Run()), StringComparison.Ordinal);
    }
}
