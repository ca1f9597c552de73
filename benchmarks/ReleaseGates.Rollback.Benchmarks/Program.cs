using BenchmarkDotNet.Running;

namespace ReleaseGates.Rollback.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        // A check that the generated project triggers every rule, so the benchmark measures real work.
        var diagnostics = new RollbackAnalyzersBenchmark.CSharpCompilationHolder(GeneratedProject.Create())
            .AnalyzeAsync(
                new Analyzers.Rollback.HardCodedModelSelectionAnalyzer(),
                new Analyzers.Rollback.UndeclaredRollbackFlagAnalyzer(),
                new Analyzers.Rollback.FlagFallbackEnablesCandidateAnalyzer())
            .GetAwaiter().GetResult();
        foreach (var group in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key))
        {
            Console.WriteLine($"{group.Key}: {group.Count()} diagnostics over {GeneratedProject.Files} files");
        }

        if (args is ["--telemetry"])
        {
            AnalyzerTelemetry.Run(runs: 7);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
