using System.IO;

namespace ReleaseGates.Cli;

/// <summary>Where a command writes: the console in production, string writers in tests.</summary>
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
}
