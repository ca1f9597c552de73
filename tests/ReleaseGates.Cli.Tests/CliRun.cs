namespace ReleaseGates.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what a pipeline would see.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>With no environment variables: the test host's own (a CI job's GITHUB_*) never leak in.</summary>
    public static CliRun Of(params string[] args) => With(new Dictionary<string, string>(), args);

    /// <summary>With these environment variables, as a CI job would set them.</summary>
    public static CliRun With(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = Program.Run(args, new CliOutput(stdout, stderr) { EnvironmentVariable = name => environment.GetValueOrDefault(name) });
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
