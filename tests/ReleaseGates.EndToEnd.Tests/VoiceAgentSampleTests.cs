using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReleaseGates.EndToEnd.Tests;

/// <summary>
/// The README's `dotnet build samples/voice-agent` on a copy of the sample, with the package this test run packed: the
/// TTS voice upgrade rolls back on lang:es (abandonment and first audio byte) at those budgets' lines in gates.json,
/// judged with calls as the bootstrap's resampling unit, and the analyzers show the one warning the sample keeps.
/// The sample is built once for every test here.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class VoiceAgentSampleTests(PackageFeed feed)
{
    private static readonly string SampleDirectory = SampleCopy.SampleDirectory("voice-agent");
    private static readonly Lock BuildLock = new();
    private static (string Directory, CommandResult Result)? _built;

    [Fact]
    public void The_build_fails_with_RG4001_at_the_abandonment_and_first_audio_byte_budgets_on_lang_es_only()
    {
        var (_, build) = Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("release gates: rollback — first_audio_byte_ms_p95 on lang:es:", build.Output, StringComparison.Ordinal);
        var rollbacks = DistinctLines(build.Output, ": error RG4001: ");
        Assert.Equal(
            new[]
            {
                $"gates.json({BudgetPosition("first_audio_byte_ms_p95")}): error RG4001: first_audio_byte_ms_p95 on lang:es:",
                $"gates.json({BudgetPosition("abandoned_rate")}): error RG4001: abandoned_rate on lang:es:",
            },
            rollbacks.Select(line => line[line.IndexOf("gates.json(", StringComparison.Ordinal)..(line.IndexOf("lang:es:", StringComparison.Ordinal) + "lang:es:".Length)]).ToArray());
        Assert.All(rollbacks, line => Assert.Contains("roll back support-voice-v4 (flag tts.support-voice.v4)", line, StringComparison.Ordinal));
        Assert.DoesNotContain("error RG4003", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning RG4002", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_rolls_back_on_lang_es_and_every_other_result_continues()
    {
        using var report = ReadReport();
        var root = report.RootElement;

        Assert.Equal("rollback", root.GetProperty("decision").GetString());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        var rolledBack = results
            .Where(result => result.GetProperty("action").GetString() != "continue")
            .Select(result => $"{result.GetProperty("budget").GetString()} {result.GetProperty("slice").GetString()} {result.GetProperty("status").GetString()} {result.GetProperty("action").GetString()}")
            .ToArray();
        Assert.Equal(new[] { "first_audio_byte_ms_p95 lang:es regressed rollback", "abandoned_rate lang:es regressed rollback" }, rolledBack);

        // Overall, the canary looks fine or better: the slice is where it breaks.
        foreach (var budget in new[] { "first_audio_byte_ms_p95", "abandoned_rate", "wer", "cost_usd_mean" })
        {
            var overall = results.Single(result => result.GetProperty("budget").GetString() == budget && result.GetProperty("slice").ValueKind == JsonValueKind.Null);
            Assert.Equal("pass", overall.GetProperty("status").GetString());
        }
    }

    [Fact]
    public void The_noise_control_resamples_calls_not_turns()
    {
        var baselineLines = Directory.EnumerateFiles(Path.Combine(SampleDirectory, "eval", "baseline"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .ToList();
        var calls = baselineLines.Select(line => GroupField().Match(line).Groups[1].Value).Distinct(StringComparer.Ordinal).Count();
        Assert.True(calls < baselineLines.Count / 3, $"{calls} calls for {baselineLines.Count} turns: the sample should have several turns per call");

        using var report = ReadReport();
        var statistics = report.RootElement.GetProperty("statistics");
        Assert.Equal(calls, statistics.GetProperty("units").GetInt32());
        Assert.Equal(1000, statistics.GetProperty("resamples").GetInt32());
        Assert.Contains($"1000 resamples of {calls} groups (calls, sessions, speakers)", statistics.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains($"1000 resamples of {calls} groups (calls, sessions, speakers)", Build().Result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_shows_the_one_analyzer_warning_it_keeps_on_purpose_and_no_others()
    {
        var (_, build) = Build();

        // Package restore may warn (NU...); no analyzer or compiler warning but the deliberate one.
        var warnings = DistinctLines(build.Output, ": warning ").Where(line => !line.Contains(": warning NU", StringComparison.Ordinal));
        var warning = Assert.Single(warnings);
        Assert.Contains("WhatTheAnalyzersCatch.cs(15,43): warning RG2001: Voice \"support-voice-v4\"", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", build.Output, StringComparison.Ordinal);
    }

    private (string Directory, CommandResult Result) Build()
    {
        lock (BuildLock)
        {
            if (_built is null)
            {
                var sample = SampleCopy.Create(feed, "voice-agent");
                _built = (sample, SampleCopy.Build(sample));
            }

            return _built.Value;
        }
    }

    private JsonDocument ReadReport()
    {
        var (sample, build) = Build();
        var path = Path.Combine(sample, "obj", "Debug", "net10.0", "releasegates", "release-gates.json");
        Assert.True(File.Exists(path), "no report at " + path + "\n" + build);
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    /// <summary>"line,column" of a budget's key in the sample's gates.json, where its RG4001 must point.</summary>
    private static string BudgetPosition(string budget)
    {
        var lines = File.ReadAllLines(Path.Combine(SampleDirectory, "gates.json"));
        var index = Array.FindIndex(lines, line => line.TrimStart().StartsWith($"\"{budget}\":", StringComparison.Ordinal));
        Assert.True(index >= 0, $"no budget {budget} in the sample's gates.json");
        return $"{index + 1},{lines[index].IndexOf('"', StringComparison.Ordinal) + 1}";
    }

    /// <summary>The build's lines that contain <paramref name="marker"/>, each once (MSBuild repeats them in its summary).</summary>
    private static List<string> DistinctLines(string output, string marker) =>
        output.Split('\n').Select(line => line.Trim()).Where(line => line.Contains(marker, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex("\"group\":\"([^\"]+)\"")]
    private static partial Regex GroupField();
}
