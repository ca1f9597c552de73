using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Benchmarks;

/// <summary>
/// Usage: <c>dotnet run -c Release -- [utterances]</c> (default 1,000,000) writes the corpora, runs every measurement
/// and prints the table of README.md; <c>-- generate DIR UTTERANCES</c> only writes the corpora (to try the CLI on);
/// <c>-- measure KIND DIR</c> runs one measurement in this process (what the table's child processes do);
/// <c>-- stages DIR</c> times each stage of an evaluation with statistics, for profiling; <c>-- parquet [UTTERANCES] [DIR]</c>
/// compares Parquet with JSON Lines (<see cref="ParquetComparison"/>); <c>-- snappy FILE.jsonl [FIELD]</c> times the Parquet
/// reader's Snappy decoder (<see cref="SnappyThroughput"/>). Each measurement runs in a
/// child process of its own so that its peak memory is its own.
/// </summary>
internal static class Program
{
    /// <summary>The measurements, in the order they run (and their order in the table).</summary>
    private static readonly string[] Kinds = ["scan", "scan-both", "metrics", "evaluate", "bootstrap", "scan-measures", "metrics-measures"];

    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate")
        {
            Generate(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Length > 0 && args[0] == "parquet")
        {
            return ParquetComparison.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000, args.Length > 2 ? args[2] : null);
        }

        if (args.Length > 0 && args[0] == "snappy")
        {
            return SnappyThroughput.Run(args[1], args.Length > 2 ? args[2] : "reference");
        }

        if (args.Length > 0 && args[0] == "measure")
        {
            Console.WriteLine(JsonSerializer.Serialize(Measure(args[1], args[2])));
            return 0;
        }

        if (args.Length > 0 && args[0] == "stages")
        {
            Stages.Run(args[1], args.Length > 2 ? args[2] : "gates.json");
            return 0;
        }

        var utterances = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var directory = Path.Combine(Path.GetTempPath(), "releasegates-benchmark");
        try
        {
            var generation = Stopwatch.StartNew();
            Generate(directory, utterances);
            Console.WriteLine($"{utterances:N0} utterances per side, {Environment.ProcessorCount} cores, .NET {Environment.Version}; corpora written in {generation.Elapsed.TotalSeconds:F0} s");
            Console.WriteLine($"streaming ASR: {Megabytes(directory, "baseline")} MB per side in one file, {Bytes(directory, "baseline") / (double)utterances:F0} bytes a line; voice-agent turns: {Megabytes(directory, "measures")} MB in one file");
            Console.WriteLine($"load average before: {LoadAverage()}");
            var results = Kinds.ToDictionary(kind => kind, kind => RunChild(kind, directory));
            Console.WriteLine($"load average after: {LoadAverage()}");
            Console.WriteLine();
            Print(results);
            return 0;
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static void Generate(string directory, int utterances)
    {
        CorpusGenerator.Write(directory, utterances);
        MeasuresCorpus.Write(Path.Combine(directory, "measures", "turns.jsonl"), utterances);
        GatesFiles.Write(directory);
    }

    private static void Print(Dictionary<string, Measurement> r)
    {
        string Ratio(Measurement m, Measurement scan) => $"{m.Seconds / scan.Seconds:F2}x ({m.CpuSeconds / scan.CpuSeconds:F2}x)";
        Console.WriteLine("Wall time (processor time, all threads) of one run each, in a child process of its own; ratios against the raw scan of the same files.");
        Console.WriteLine();
        Console.WriteLine("| measurement | time | / raw scan | peak working set |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| raw scan, baseline | {Format(r["scan"])} | | {r["scan"].PeakMegabytes:F0} MB |");
        Console.WriteLine($"| metrics, baseline | {Format(r["metrics"])} | {Ratio(r["metrics"], r["scan"])} | {r["metrics"].PeakMegabytes:F0} MB |");
        Console.WriteLine($"| raw scan, both sides | {Format(r["scan-both"])} | | {r["scan-both"].PeakMegabytes:F0} MB |");
        Console.WriteLine($"| evaluate, statistics false | {Format(r["evaluate"])} | {Ratio(r["evaluate"], r["scan-both"])} | {r["evaluate"].PeakMegabytes:F0} MB |");
        Console.WriteLine($"| evaluate, bootstrap of every metric | {Format(r["bootstrap"])} | {Ratio(r["bootstrap"], r["scan-both"])} | {r["bootstrap"].PeakMegabytes:F0} MB |");
        Console.WriteLine($"| raw scan, voice-agent turns | {Format(r["scan-measures"])} | | {r["scan-measures"].PeakMegabytes:F0} MB |");
        Console.WriteLine($"| metrics, voice-agent turns (5 measures) | {Format(r["metrics-measures"])} | {Ratio(r["metrics-measures"], r["scan-measures"])} | {r["metrics-measures"].PeakMegabytes:F0} MB |");
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

    private static Measurement Measure(string kind, string directory)
    {
        if (kind.StartsWith("metrics-jsonl", StringComparison.Ordinal) || kind.StartsWith("metrics-parquet", StringComparison.Ordinal))
        {
            // What release-gates metrics does, on the files of one folder (ParquetComparison); the output is kept to compare.
            ReleaseGates.Parquet.ParquetUtterances.Register();
            var folder = kind["metrics-".Length..];
            var files = ShardPattern.Expand(directory, $"{folder}/*.{(folder.StartsWith("jsonl", StringComparison.Ordinal) ? "jsonl" : "parquet")}");
            MetricsOutput? output = null;
            var elapsed = Time(() => output = UtteranceMetrics.Compute(files, UtteranceReadOptions.Standard));
            File.WriteAllText(Path.Combine(directory, $"metrics-{folder}.json"), UtteranceMetricsJsonWriter.Write(output!));
            return new Measurement(elapsed, _cpu.TotalSeconds, Process.GetCurrentProcess().PeakWorkingSet64 / 1e6);
        }

        var baseline = ShardPattern.Expand(directory, "baseline/*.jsonl");
        var canary = ShardPattern.Expand(directory, "canary/*.jsonl");
        var turns = ShardPattern.Expand(directory, "measures/*.jsonl");
        var seconds = kind switch
        {
            "scan" => Time(() => RawScan(baseline)),
            "scan-both" => Time(() => RawScan([.. baseline, .. canary])),
            "scan-measures" => Time(() => RawScan(turns)),
            "metrics" => Time(() => UtteranceMetrics.Compute(baseline, UtteranceReadOptions.Standard)),
            "metrics-measures" => Time(() => UtteranceMetrics.Compute(turns, UtteranceReadOptions.Standard)),
            "evaluate" => Time(() => Evaluate(Path.Combine(directory, GatesFiles.PointEstimates))),
            "bootstrap" => Time(() => Evaluate(Path.Combine(directory, GatesFiles.Bootstrap))),
            _ => throw new ArgumentException($"unknown measurement {kind}"),
        };

        return new Measurement(seconds, _cpu.TotalSeconds, Process.GetCurrentProcess().PeakWorkingSet64 / 1e6);
    }

    /// <summary>What release-gates evaluate does, without writing the report.</summary>
    private static void Evaluate(string gatesFile)
    {
        var report = ReleaseGate.Run(gatesFile, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        if (!report.IsValid)
        {
            throw new InvalidOperationException(string.Join("\n", report.Errors));
        }

        Console.Error.WriteLine($"{report.Decision}: {report.Noise?.Description}");
    }

    /// <summary>What any reader of these files must at least do: split lines and tokenise each with Utf8JsonReader
    /// (which skips over string contents with a vectorised search). A line it refuses (a bare Infinity, as Python writes
    /// a timeout) is given up at that token: the least a reader must do there.</summary>
    private static void RawScan(IReadOnlyList<string> files)
    {
        long tokens = 0;
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var lines = new JsonLinesReader(stream);
            while (lines.TryReadLine(out var line))
            {
                var reader = new Utf8JsonReader(line);
                try
                {
                    while (reader.Read())
                    {
                        tokens++;
                    }
                }
                catch (JsonException)
                {
                    tokens++;
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
        _cpu = Process.GetCurrentProcess().TotalProcessorTime - processor;
        return stopwatch.Elapsed.TotalSeconds;
    }

    private static long Bytes(string directory, string folder) =>
        Directory.GetFiles(Path.Combine(directory, folder)).Sum(file => new FileInfo(file).Length);

    private static string Megabytes(string directory, string folder) => (Bytes(directory, folder) / 1e6).ToString("F0", CultureInfo.InvariantCulture);

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    /// <summary>Processor time of the last <see cref="Time"/>d action, all threads: on a machine shared with
    /// other work, wall time swings with the load while processor time stays close to the work done.</summary>
    private static TimeSpan _cpu;

    internal sealed record Measurement(double Seconds, double CpuSeconds, double PeakMegabytes);
}
