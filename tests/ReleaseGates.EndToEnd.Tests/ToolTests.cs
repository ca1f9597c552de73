namespace ReleaseGates.EndToEnd.Tests;

/// <summary>The release-gates .NET tool as a pipeline installs and runs it.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ToolTests(PackageFeed feed)
{
    [Fact]
    public void The_tool_installs_from_the_package_and_exits_with_the_decision()
    {
        var toolPath = Path.Combine(feed.Root, "tools-" + Guid.NewGuid().ToString("N")[..6]);
        var install = DotnetCommand.Run(
            feed.Root,
            "tool", "install", "ReleaseGates.Tool",
            "--tool-path", toolPath,
            "--version", PackageFeed.PackageVersion,
            "--add-source", feed.FeedDirectory);
        Assert.True(install.ExitCode == 0, install.ToString());

        var project = GateConsumer.Create(feed, "tool-gate", canaryWer: 0.09m, canaryCorrections: 0.04m);
        var tool = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "release-gates.exe" : "release-gates");
        var rollback = Run(tool, project.Directory, "evaluate", "--format", "json");
        project.WithCanary(0.08m, 0.06m);
        var pause = Run(tool, project.Directory, "evaluate");
        var invalid = Run(tool, project.Directory, "evaluate", "missing.json");
        project.WithCanary(0.09m, 0.04m);
        var summary = project.PathOf("step_summary.md");
        var github = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_WORKSPACE"] = project.Directory, ["GITHUB_STEP_SUMMARY"] = summary };
        var junit = Run(tool, project.Directory, github, "evaluate", "--format", "junit", "--output", "test-results/release-gates.xml");
        var init = Run(tool, project.Directory, "init", "fresh", "--baseline", "eval/baseline.json", "--canary", "eval/canary.json");
        var fresh = Run(tool, project.Directory, "evaluate", "fresh");

        Assert.Equal(3, rollback.ExitCode);
        Assert.Contains("\"decision\": \"rollback\"", rollback.Output, StringComparison.Ordinal);
        Assert.Equal(2, pause.ExitCode);
        Assert.Equal(1, invalid.ExitCode);
        Assert.DoesNotContain("   at ", invalid.Output, StringComparison.Ordinal);

        Assert.Equal(3, junit.ExitCode);
        Assert.Contains("<failure message=\"wer: +0.01 &gt; +0.005 allowed", File.ReadAllText(project.PathOf("test-results/release-gates.xml")), StringComparison.Ordinal);
        Assert.Contains($"::error file=gates.json,line={GateConsumer.WerLine},col=5,title=RG4001::", junit.Output, StringComparison.Ordinal);
        Assert.StartsWith("# Release gates: ROLLBACK", File.ReadAllText(summary), StringComparison.Ordinal);
        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Equal(3, fresh.ExitCode);
    }

    private static CommandResult Run(string tool, string workingDirectory, params string[] arguments) =>
        Run(tool, workingDirectory, new Dictionary<string, string>(), arguments);

    private static CommandResult Run(string tool, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // Only the GitHub variables a test sets: in a GitHub Actions run of this suite, never the suite's own.
        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("GITHUB_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CommandResult(process.ExitCode, output.Result + error, $"{tool} {string.Join(' ', arguments)}");
    }
}
