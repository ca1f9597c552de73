namespace ReleaseGates.EndToEnd.Tests;

/// <summary>
/// The README's main command on a copy of samples/clinical-dictation, with the package this test run packed
/// (the sample normally packs ReleaseGates from source itself; that step is switched off here).
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class SampleTests(PackageFeed feed)
{
    private CommandResult BuildSample(params string[] arguments) =>
        SampleCopy.Build(SampleCopy.Create(feed, "clinical-dictation"), arguments);

    [Fact]
    public void The_sample_builds_and_shows_the_decision_table_and_the_pause()
    {
        var build = BuildSample();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("release gates: pause — wer on noise:ambulance: too small to judge", build.Output, StringComparison.Ordinal);
        Assert.Contains("BUDGET", build.Output, StringComparison.Ordinal);
        Assert.Contains("gates.json(16,5): warning RG4002: wer on noise:ambulance", build.Output, StringComparison.Ordinal);
        Assert.Contains("waived", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_shows_the_two_analyzer_warnings_it_keeps_on_purpose_and_no_others()
    {
        var build = BuildSample();

        Assert.Contains("WhatTheAnalyzersCatch.cs(15,53): warning RG1001:", build.Output, StringComparison.Ordinal);
        Assert.Contains("WhatTheAnalyzersCatch.cs(22,40): warning RG2001:", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Transcription", build.Output.Split('\n').Where(line => line.Contains(": warning RG", StringComparison.Ordinal)).Aggregate(string.Empty, string.Concat), StringComparison.Ordinal);
        Assert.DoesNotContain("RG2002", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_rollback_scenario_fails_with_RG4001_on_the_entity_budget()
    {
        var build = BuildSample("-p:ReleaseGatesFile=scenarios/rollback/gates.json");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("scenarios/rollback/gates.json(15,5): error RG4001: entity_error_rate on tenant:contoso", build.Output, StringComparison.Ordinal);
    }
}
