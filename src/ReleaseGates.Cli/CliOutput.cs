namespace ReleaseGates.Cli;

/// <summary>Where a command writes, and the environment it reads: the console and the process in production, string
/// writers and a dictionary in tests.</summary>
internal sealed class CliOutput
{
    public CliOutput(TextWriter standardOutput, TextWriter standardError)
    {
        Out = standardOutput;
        Error = standardError;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Whether long runs draw a progress line on <see cref="Error"/>: only on a terminal, never in CI logs.</summary>
    public bool ShowProgress { get; init; }

    /// <summary>Reads an environment variable (GITHUB_ACTIONS, GITHUB_STEP_SUMMARY, ...). None by default, so that a
    /// test run inside a CI job never writes to that job's summary.</summary>
    public Func<string, string?> EnvironmentVariable { get; init; } = _ => null;
}
