using System.Globalization;

namespace ReleaseGates.Engine.Benchmarks;

/// <summary>
/// <c>-- parquet [UTTERANCES] [DIR]</c>: the metrics of the same streaming-ASR utterances read from Parquet and from
/// JSON Lines (<see cref="StreamingCorpus"/>), in 4 shards and in one file per format, each three times (interleaved) in
/// a child process of its own (so its peak memory is its own), and whether the outputs are identical. With DIR, the corpus is written there and kept, or, when DIR already
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
            if (!Directory.Exists(Path.Combine(directory, "jsonl")) && !Directory.Exists(Path.Combine(directory, "jsonl-one")))
            {
                if (utterances <= 0)
                {
                    Console.Error.WriteLine($"{directory} has no jsonl or jsonl-one folder to compare: give a number of utterances to write a corpus there.");
                    return 2;
                }

                StreamingCorpus.Write(directory, utterances); // kept when DIR was given
                StreamingCorpus.Write(directory, utterances, shards: 1, suffix: "-one");
            }

            Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {directory}");
            Console.WriteLine();
            Console.WriteLine("| input | files | size | metrics: wall (processor), median of 3 | peak memory (max of 3) |");
            Console.WriteLine("|---|---|---|---|---|");
            var folders = new[] { "jsonl", "parquet", "jsonl-one", "parquet-one" }.Where(f => Directory.Exists(Path.Combine(directory, f))).ToList();

            // Interleaved, so that a change in the machine's load falls on both formats alike.
            var runs = folders.ToDictionary(f => f, _ => new List<Program.Measurement>());
            for (var run = 0; run < Runs; run++)
            {
                foreach (var folder in folders)
                {
                    runs[folder].Add(Program.RunChild("metrics-" + folder, directory));
                }
            }

            foreach (var folder in folders)
            {
                var median = runs[folder].OrderBy(r => r.Seconds).ElementAt(Runs / 2);
                var files = Directory.GetFiles(Path.Combine(directory, folder));
                var bytes = files.Sum(file => new FileInfo(file).Length);
                Console.WriteLine($"| {folder.Split('-')[0]} | {files.Length} | {(bytes / 1e6).ToString("F0", CultureInfo.InvariantCulture)} MB | {Program.Format(median)} | {runs[folder].Max(r => r.PeakMegabytes):F0} MB |");
            }

            var outputs = folders.Select(f => File.ReadAllText(Path.Combine(directory, $"metrics-{f}.json"))).ToList();
            var same = outputs.All(o => o == outputs[0]);
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
