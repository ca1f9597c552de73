using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Statistics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Benchmarks;

/// <summary>
/// Usage: <c>dotnet run -c Release -- [utterances]</c> (default 1,000,000) runs everything and prints the
/// table of README.md; <c>-- generate DIR UTTERANCES WORDS</c> only writes a corpus (to try the CLI on). Each measurement runs in a child process of its own so that its peak memory is its own.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate")
        {
            CorpusGenerator.Write(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Length > 0 && args[0] == "parquet")
        {
            return ParquetComparison.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000, args.Length > 2 ? args[2] : null);
        }

        if (args.Length > 0 && args[0] == "measure")
        {
            Console.WriteLine(JsonSerializer.Serialize(Measure(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1000)));
            return 0;
        }

        var utterances = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var root = Path.Combine(Path.GetTempPath(), "releasegates-benchmark");
        try
        {
            Console.WriteLine($"{utterances:N0} utterances per side, 4 shards, 3 slices, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            var rows = new List<(int Words, Dictionary<string, Measurement> Results)>();
            foreach (var words in new[] { 12, 48 })
            {
                var directory = Path.Combine(root, $"w{words}");
                var generation = Stopwatch.StartNew();
                CorpusGenerator.Write(directory, utterances, words);
                var bytes = Directory.GetFiles(Path.Combine(directory, "baseline")).Sum(file => new FileInfo(file).Length);
                Console.WriteLine($"generated {words}-word corpus: {bytes / 1e6:F0} MB per side in {generation.Elapsed.TotalSeconds:F1} s");
                var results = new Dictionary<string, Measurement>();
                foreach (var kind in new[] { "scan", "decode", "metrics", "bootstrap" })
                {
                    results[kind] = RunChild(kind, directory);
                }

                rows.Add((words, results));
                Directory.Delete(directory, recursive: true);
            }

            Console.WriteLine();
            Console.WriteLine("Wall time (processor time, all threads) of one run each; ratios against the raw scan.");
            Console.WriteLine();
            Console.WriteLine("| words | raw scan | scan + decode strings | metrics | metrics / raw scan | bootstrap, 1,000 resamples | peak memory: scan / metrics / bootstrap |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            foreach (var (words, r) in rows)
            {
                var (scan, decode, metrics, bootstrap) = (r["scan"], r["decode"], r["metrics"], r["bootstrap"]);
                Console.WriteLine($"| {words} | {Format(scan)} | {Format(decode)} | {Format(metrics)} | {metrics.Seconds / scan.Seconds:F2}x ({metrics.CpuSeconds / scan.CpuSeconds:F2}x) | {Format(bootstrap)} | {scan.PeakMegabytes:F0} / {metrics.PeakMegabytes:F0} / {bootstrap.PeakMegabytes:F0} MB |");
            }

            Console.WriteLine($"metrics peak memory, 48 words / 12 words: {rows[1].Results["metrics"].PeakMegabytes / rows[0].Results["metrics"].PeakMegabytes:F2}x");
            return 0;
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    internal static string Format(Measurement measurement) => $"{measurement.Seconds:F2} s ({measurement.CpuSeconds:F2} s)";

    internal static Measurement RunChild(string kind, string directory)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "ReleaseGates.Engine.Benchmarks.dll") }
                     .Where(_ => Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
                     .Concat(["measure", kind, directory]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return JsonSerializer.Deserialize<Measurement>(output.Trim().Split('\n')[^1])!;
    }

    private static Measurement Measure(string kind, string directory, int resamples)
    {
        double seconds;
        if (kind.StartsWith("metrics-", StringComparison.Ordinal))
        {
            // What release-gates metrics does, on the files of one folder (ParquetComparison); the output is kept to compare.
            ReleaseGates.Parquet.ParquetUtterances.Register();
            var folder = kind["metrics-".Length..];
            var files = ShardPattern.Expand(directory, $"{folder}/*.{(folder.StartsWith("jsonl", StringComparison.Ordinal) ? "jsonl" : "parquet")}");
            MetricsOutput? output = null;
            seconds = Time(() => output = UtteranceMetrics.Compute(files, UtteranceReadOptions.Standard));
            File.WriteAllText(Path.Combine(directory, $"metrics-{folder}.json"), UtteranceMetricsJsonWriter.Write(output!));
            return new Measurement(seconds, cpu.TotalSeconds, Process.GetCurrentProcess().PeakWorkingSet64 / 1e6);
        }

        var baseline = ShardPattern.Expand(directory, "baseline/*.jsonl");
        var canary = ShardPattern.Expand(directory, "canary/**/shard-??.jsonl");
        switch (kind)
        {
            case "scan":
                seconds = Time(() => RawScan(baseline, decodeStrings: false));
                break;
            case "decode":
                seconds = Time(() => RawScan(baseline, decodeStrings: true));
                break;
            case "metrics":
                seconds = Time(() => UtteranceMetrics.Compute(baseline, UtteranceReadOptions.Standard));
                break;
            default:
                var b = UtteranceReader.Read(baseline, UtteranceReadOptions.Standard);
                var c = UtteranceReader.Read(canary, UtteranceReadOptions.Standard);
                var metrics = new[] { MetricNames.WordErrorRate, MetricNames.EntityErrorRate }
                    .Select(name => ResampledMetric.For(name, _ => null)!).ToList();
                var samples = PairedSamples.Create(b, c, UtterancePairing.Pair(b, c), metrics);
                ResampledMetrics? result = null;
                seconds = Time(() => result = PairedBootstrap.Run(samples, new BootstrapOptions(0.95m, resamples, 7)));
                result!.TryGet(MetricNames.WordErrorRate, null, out var baselineWer, out var canaryWer);
                Console.Error.WriteLine($"wer resampled: baseline {baselineWer.Average():F5}, canary {canaryWer.Average():F5}");
                break;
        }

        var process = Process.GetCurrentProcess();
        return new Measurement(seconds, cpu.TotalSeconds, process.PeakWorkingSet64 / 1e6);
    }

    /// <summary>What any reader of these files must at least do: split lines and tokenize each with Utf8JsonReader
    /// (which skips over string contents with a vectorised search); with <paramref name="decodeStrings"/>, also
    /// decode every string to UTF-16, the least a scorer that reads the text must add.</summary>
    private static void RawScan(IReadOnlyList<string> files, bool decodeStrings)
    {
        long tokens = 0;
        var chars = new char[1 << 16];
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var lines = new JsonLinesReader(stream);
            while (lines.TryReadLine(out var line))
            {
                var reader = new System.Text.Json.Utf8JsonReader(line);
                while (reader.Read())
                {
                    tokens += decodeStrings && reader.TokenType == System.Text.Json.JsonTokenType.String ? reader.CopyString(chars) : 1;
                }
            }
        }

        if (tokens == 0)
        {
            throw new InvalidOperationException("nothing scanned");
        }
    }

    private static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - processor;
        return stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>Processor time of the last <see cref="Time"/>d action, all threads: on a machine shared with
    /// other work, wall time swings with the load while processor time stays close to the work done.</summary>
    private static TimeSpan cpu;

    internal sealed record Measurement(double Seconds, double CpuSeconds, double PeakMegabytes);
}
