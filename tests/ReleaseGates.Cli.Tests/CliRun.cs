using ReleaseGates.Cli;

namespace ReleaseGates.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what a pipeline would see.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = Program.Run(args, new CliOutput(stdout, stderr));
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
