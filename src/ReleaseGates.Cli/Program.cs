using System.CommandLine;
using ReleaseGates.Cli.Commands;
using ReleaseGates.Parquet;

namespace ReleaseGates.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        JitProfile.Start(JitProfile.NameFor(args));
        return Run(args, new CliOutput(Console.Out, Console.Error)
        {
            ShowProgress = !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
            EnvironmentVariable = Environment.GetEnvironmentVariable,
        });
    }

    public static int Run(string[] args, CliOutput output)
    {
        // utterances patterns may match Parquet files (contract §10); the engine itself carries no Parquet library.
        ParquetUtterances.Register();
        var root = new RootCommand("ReleaseGates: the canary decision (continue, pause, rollback) from gates.json, for pipelines that do not build.")
        {
            EvaluateCommand.Create(output),
            MetricsCommand.Create(output),
            InitCommand.Create(output),
        };

        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { Output = output.Out, Error = output.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
    }
}
