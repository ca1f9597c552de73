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

        Assert.Equal(3, rollback.ExitCode);
        Assert.Contains("\"decision\": \"rollback\"", rollback.Output, StringComparison.Ordinal);
        Assert.Equal(2, pause.ExitCode);
        Assert.Equal(1, invalid.ExitCode);
        Assert.DoesNotContain("   at ", invalid.Output, StringComparison.Ordinal);
    }

    private static CommandResult Run(string tool, string workingDirectory, params string[] arguments)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(tool, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CommandResult(process.ExitCode, output.Result + error, $"{tool} {string.Join(' ', arguments)}");
    }
}
