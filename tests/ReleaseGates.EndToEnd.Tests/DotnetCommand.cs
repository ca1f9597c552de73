using System.Diagnostics;
using System.Text;

namespace ReleaseGates.EndToEnd.Tests;

/// <summary>Runs the dotnet CLI in a clean environment and captures what a user would see.</summary>
internal static class DotnetCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static CommandResult Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <param name="environment">Variables to set for this command, e.g. GITHUB_STEP_SUMMARY.</param>
    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside MSBuild-related environment variables; a consumer build must not inherit them.
        foreach (var name in start.Environment.Keys.Where(IsBuildEnvironmentVariable).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NUGET_XMLDOC_MODE"] = "skip";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in {Timeout}:\n{output}");
        }

        process.WaitForExit();
        return new CommandResult(process.ExitCode, output.ToString(), $"dotnet {string.Join(' ', arguments)}");
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    // GITHUB_*: when this suite runs in GitHub Actions, a consumer's build must not write to the suite's job summary.
    private static bool IsBuildEnvironmentVariable(string name) =>
        name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("GITHUB_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);

    private static string DotnetPath() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

internal sealed record CommandResult(int ExitCode, string Output, string CommandLine)
{
    public override string ToString() => $"{CommandLine} exited with {ExitCode}:\n{Output}";
}
