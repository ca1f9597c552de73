namespace ReleaseGates.EndToEnd.Tests;

/// <summary>The release gate as users meet it: the packed package in a consumer's dotnet build.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ReleaseGateConsumerTests(PackageFeed feed)
{
    private static void AssertNoCrash(CommandResult build)
    {
        Assert.DoesNotContain("MSB4018", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4062", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Continue_passes_and_writes_the_reports()
    {
        var project = GateConsumer.Create(feed, "gate-continue", canaryWer: 0.08m, canaryCorrections: 0.04m);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains($"release gates: continue — 2 of 2 results within budget (report: {project.PathOf("obj/Debug/net10.0/releasegates/release-gates.md")})", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("BUDGET", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(project.PathOf("obj/Debug/net10.0/releasegates/release-gates.json")));
        Assert.True(File.Exists(project.PathOf("obj/Debug/net10.0/releasegates/release-gates.md")));
        AssertNoCrash(build);
    }

    [Fact]
    public void Rollback_fails_the_build_with_RG4001_at_the_budgets_line()
    {
        var project = GateConsumer.Create(feed, "gate-rollback", canaryWer: 0.09m, canaryCorrections: 0.04m);

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{project.PathOf("gates.json")}({GateConsumer.WerLine},5): error RG4001: wer: +0.01 > +0.005 allowed; roll back asr-v7 (flag asr.v7)", build.Output, StringComparison.Ordinal);
        AssertNoCrash(build);
    }

    [Fact]
    public void Pause_warns_and_ReleaseGatesPauseAsError_makes_it_fail()
    {
        var project = GateConsumer.Create(feed, "gate-pause", canaryWer: 0.08m, canaryCorrections: 0.06m);

        var warns = project.Build();
        var fails = project.Build("-p:ReleaseGatesPauseAsError=true");

        Assert.True(warns.ExitCode == 0, warns.ToString());
        Assert.Contains($"gates.json({GateConsumer.CorrectionRateLine},5): warning RG4002:", warns.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, fails.ExitCode);
        Assert.Contains($"gates.json({GateConsumer.CorrectionRateLine},5): error RG4002:", fails.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_gates_json_fails_with_RG4003_at_its_line_without_a_stack_trace()
    {
        var project = GateConsumer.Create(feed, "gate-invalid", 0.08m, 0.04m)
            .WithFile("gates.json", GateConsumer.GatesJson.Replace("\"allowed_delta\": 0.005", "\"allowed_detla\": 0.005", StringComparison.Ordinal));

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"gates.json({GateConsumer.WerLine},46): error RG4003: unknown key 'allowed_detla' in budget 'wer'; did you mean 'allowed_delta'?", build.Output, StringComparison.Ordinal);
        Assert.Equal(1, build.Output.Count("unknown key 'allowed_detla'") - build.Output[build.Output.IndexOf("Build FAILED.", StringComparison.Ordinal)..].Count("unknown key 'allowed_detla'"));
        Assert.DoesNotContain("RG0001", build.Output, StringComparison.Ordinal);
        AssertNoCrash(build);
    }

    [Fact]
    public void An_evaluation_file_copied_with_its_old_time_is_re_evaluated()
    {
        var project = GateConsumer.Create(feed, "gate-old-time", canaryWer: 0.08m, canaryCorrections: 0.04m);
        var first = project.Build();
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        // cp -p, tar -x, rsync -a and CI artifact downloads keep the file's old time.
        project.WithCanary(0.09m, 0.04m);
        File.SetLastWriteTimeUtc(project.PathOf("eval/canary.json"), old);
        var regressed = project.Build();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.NotEqual(0, regressed.ExitCode);
        Assert.Contains("release gates: rollback", regressed.Output, StringComparison.Ordinal);
        Assert.Contains("error RG4001: wer: +0.01 > +0.005 allowed", regressed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_terminal_logger_shows_the_decision_and_where_the_report_is()
    {
        var project = GateConsumer.Create(feed, "gate-terminal", canaryWer: 0.08m, canaryCorrections: 0.04m);

        var build = DotnetCommand.Run(project.Directory, ["build", project.ProjectFile, "-nologo", "-tl:on", "-nodeReuse:false"]);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("release gates: continue — 2 of 2 results within budget", build.Output, StringComparison.Ordinal);
        Assert.Contains("release-gates.md", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_evaluation_output_fails_with_RG4003_and_never_passes_for_a_pause()
    {
        var project = GateConsumer.Create(feed, "gate-missing-eval", 0.08m, 0.04m);
        File.Delete(project.PathOf("eval/canary.json"));

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("gates.json(4,13): error RG4003: canary evaluation output 'eval/canary.json' does not exist", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_build_with_no_change_skips_evaluation_but_still_reports_the_last_decision()
    {
        var project = GateConsumer.Create(feed, "gate-incremental", canaryWer: 0.09m, canaryCorrections: 0.04m);
        project.Build();

        var again = project.Build("-v:d");
        project.WithCanary(0.08m, 0.04m);
        var changed = project.Build("-v:d");

        Assert.Contains("Skipping target \"_ReleaseGatesEvaluate\" because all output files are up-to-date", again.Output, StringComparison.Ordinal);
        Assert.Contains("BUDGET", again.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("error RG4001", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Skipping target \"_ReleaseGatesEvaluate\"", changed.Output, StringComparison.Ordinal);
        Assert.True(changed.ExitCode == 0, changed.ToString());
    }

    [Fact]
    public void Adding_or_deleting_a_shard_of_per_utterance_results_re_evaluates()
    {
        static string Line(string id, string hypothesis) => $$"""{"id": "{{id}}", "reference": "start metformin 500 mg", "hypothesis": "{{hypothesis}}"}""";
        // Two utterances are all noise to the bootstrap: point estimates make the one mistake a rollback.
        var project = ConsumerProject.Create(feed, "gate-shards")
            .WithFile("gates.json", """
                { "baseline": { "utterances": "eval/baseline/*.jsonl" }, "canary": { "utterances": "eval/canary/*.jsonl" },
                  "statistics": false,
                  "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.1 } } }
                """)
            .WithFile("eval/baseline/0.jsonl", Line("a", "start metformin 500 mg") + "\n" + Line("b", "start metformin 500 mg"))
            .WithFile("eval/canary/0.jsonl", Line("a", "start metformin 500 mg"))
            .WithFile("eval/canary/1.jsonl", Line("b", "start met forming 500 mg"));
        var first = project.Build();

        File.Delete(project.PathOf("eval/canary/1.jsonl"));
        var afterDelete = project.Build("-v:d");

        Assert.NotEqual(0, first.ExitCode);
        Assert.Contains("error RG4001", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Skipping target \"_ReleaseGatesEvaluate\"", afterDelete.Output, StringComparison.Ordinal);
        Assert.Contains("warning RG4005", afterDelete.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_targeted_project_is_judged_once()
    {
        var project = GateConsumer.Create(feed, "gate-multi", canaryWer: 0.09m, canaryCorrections: 0.04m, targetFrameworks: "net10.0;netstandard2.0");

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal(1, build.Output.Count("release gates: rollback —"));
        Assert.Equal(1, build.Output.Count("): error RG4001:") - CountSummaryRepeats(build.Output));
    }

    [Fact]
    public void ReleaseGatesEnabled_false_turns_the_gate_off()
    {
        var project = GateConsumer.Create(feed, "gate-disabled", canaryWer: 0.09m, canaryCorrections: 0.04m);

        var build = project.Build("-p:ReleaseGatesEnabled=false");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("release gates:", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_decision_is_an_MSBuild_property_for_later_targets()
    {
        var project = GateConsumer.Create(feed, "gate-property", canaryWer: 0.08m, canaryCorrections: 0.06m);
        File.WriteAllText(project.PathOf("Directory.Build.targets"), """
            <Project>
              <Target Name="AfterGate" AfterTargets="ReleaseGates">
                <Message Importance="high" Text="decision is $(ReleaseGatesDecision)" />
              </Target>
            </Project>
            """);

        var build = project.Build();

        Assert.Contains("decision is pause", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void In_GitHub_Actions_the_build_appends_its_report_to_the_job_summary_once()
    {
        var project = GateConsumer.Create(feed, "gate-summary", canaryWer: 0.09m, canaryCorrections: 0.04m);
        var summary = project.PathOf("step_summary.md");

        var build = project.BuildWith(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary });

        Assert.NotEqual(0, build.ExitCode);
        var text = File.ReadAllText(summary);
        Assert.Equal(File.ReadAllText(project.PathOf("obj/Debug/net10.0/releasegates/release-gates.md")), text);
        Assert.Equal(1, text.Count("# Release gates: ROLLBACK"));
        AssertNoCrash(build);
    }

    [Fact]
    public void A_multi_targeted_build_appends_once_and_a_skipped_evaluation_appends_its_last_decision_once()
    {
        var project = GateConsumer.Create(feed, "gate-summary-multi", canaryWer: 0.08m, canaryCorrections: 0.06m, targetFrameworks: "net10.0;netstandard2.0");
        var summary = project.PathOf("step_summary.md");
        var github = new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary };

        var first = project.BuildWith(github);
        var afterFirst = File.ReadAllText(summary);
        var again = project.BuildWith(github, "-v:d");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(1, afterFirst.Count("# Release gates: PAUSE"));
        Assert.Contains("Skipping target \"_ReleaseGatesEvaluate\" because all output files are up-to-date", again.Output, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllText(summary).Count("# Release gates: PAUSE"));
    }

    /// <summary>MSBuild repeats every error in its closing summary; count those to see how often the gate reported.</summary>
    private static int CountSummaryRepeats(string output)
    {
        var summary = output.IndexOf("Build FAILED.", StringComparison.Ordinal);
        return summary < 0 ? 0 : output[summary..].Count("): error RG4001:");
    }
}
