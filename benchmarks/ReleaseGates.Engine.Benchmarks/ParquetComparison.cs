using System.Globalization;

namespace ReleaseGates.Engine.Benchmarks;

/// <summary>
/// <c>-- parquet [UTTERANCES] [DIR]</c>: the metrics of the same streaming-ASR utterances read from Parquet and from
/// JSON Lines (<see cref="StreamingCorpus"/>), each three times in a child process of its own (so its peak memory is its
/// own), and whether the two outputs are identical. With DIR, the corpus is written there and kept, or, when DIR already
/// has <c>jsonl/</c> and <c>parquet/</c> shards (for example Parquet written by DuckDB from the same JSON Lines), measured
/// as it is.
/// </summary>
internal static class ParquetComparison
{
    private const int Runs = 3;

    public static int Run(int utterances, string? existing)
    {
        var directory = existing ?? Path.Combine(Path.GetTempPath(), "releasegates-benchmark-parquet");
        try
        {
            if (!Directory.Exists(Path.Combine(directory, "jsonl")))
            {
                StreamingCorpus.Write(directory, utterances); // kept when DIR was given
            }

            Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {directory}");
            Console.WriteLine();
            Console.WriteLine("| input | size | metrics: wall (processor), best of 3 | peak memory (max of 3) |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var format in new[] { "jsonl", "parquet" })
            {
                var runs = Enumerable.Range(0, Runs).Select(_ => Program.RunChild("metrics-" + format, directory)).ToList();
                var best = runs.MinBy(r => r.Seconds)!;
                var bytes = Directory.GetFiles(Path.Combine(directory, format)).Sum(file => new FileInfo(file).Length);
                Console.WriteLine($"| {format} | {(bytes / 1e6).ToString("F0", CultureInfo.InvariantCulture)} MB | {Program.Format(best)} | {runs.Max(r => r.PeakMegabytes):F0} MB |");
            }

            var same = File.ReadAllText(Path.Combine(directory, "metrics-jsonl.json")) == File.ReadAllText(Path.Combine(directory, "metrics-parquet.json"));
            Console.WriteLine();
            Console.WriteLine(same ? "metrics identical (every metric, slice and the eval-set fingerprint)" : "METRICS DIFFER");
            return same ? 0 : 1;
        }
        finally
        {
            if (existing is null && Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
