using System.Globalization;

namespace ReleaseGates.Simulation;

/// <summary>The command line: how many gates of each kind, which scenarios, where files go.</summary>
internal sealed class SimulationOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project benchmarks/ReleaseGates.Simulation -- [options]

          --gates N                   gates per A/A scenario and for the +3-point detection (default 200)
          --power-gates N             gates per other effect size of the power curve (default 50)
          --timeout-gates N           gates per timeout variant (default 10)
          --followups N               at most this many samples_needed follow-up gates (default 100)
          --max-followup-utterances N skip follow-ups that need a bigger evaluation set (default 200000)
          --scenarios LIST            which scenarios to run, e.g. 1,2,5 (default 1,2,3,4,5,6)
          --seed N                    master seed; the same seed gives the same figures (default 2026)
          --parallel N                gates simulated at a time (default 2)
          --output DIR                folder for the results file (default: the program's own folder)
          --results FILE              the Markdown results file (default DIR/simulation-results.md)
          --work DIR                  where gate files are written (default: a folder under the temp folder)
          --keep                      keep every gate's files (baseline.jsonl, canary.jsonl, gates.json)
          --confidence X              write statistics.confidence X into every gates.json
          --resamples N               write statistics.resamples N into every gates.json
          --omit-statistics           write no "statistics" member (the engine's default for per-utterance inputs)
          --engine-label TEXT         how the results name the engine (default: its git commit)
          --describe                  print the data shape of one simulated gate and exit
        """;

    public int Gates { get; private set; } = 200;

    public int PowerGates { get; private set; } = 50;

    public int TimeoutGates { get; private set; } = 10;

    public int FollowUps { get; private set; } = 100;

    public int MaxFollowUpUtterances { get; private set; } = 200_000;

    public IReadOnlySet<int> Scenarios { get; private set; } = new HashSet<int> { 1, 2, 3, 4, 5, 6 };

    public ulong Seed { get; private set; } = 2026;

    public int Parallelism { get; private set; } = 2;

    public string OutputFolder { get; private set; } = AppContext.BaseDirectory;

    public string? ResultsFile { get; private set; }

    public string WorkFolder { get; private set; } = Path.Combine(Path.GetTempPath(), "releasegates-simulation-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    public bool KeepFiles { get; private set; }

    public decimal? Confidence { get; private set; }

    public int? Resamples { get; private set; }

    public bool OmitStatistics { get; private set; }

    public string? EngineLabel { get; private set; }

    public bool DescribeOnly { get; private set; }

    public string ResultsPath => ResultsFile ?? Path.Combine(OutputFolder, "simulation-results.md");

    /// <returns>Null (and a message on standard error) when the arguments are wrong.</returns>
    public static SimulationOptions? Parse(string[] args)
    {
        var options = new SimulationOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            int Count() => int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture);
            try
            {
                switch (args[i])
                {
                    case "--gates": options.Gates = Count(); break;
                    case "--power-gates": options.PowerGates = Count(); break;
                    case "--timeout-gates": options.TimeoutGates = Count(); break;
                    case "--followups": options.FollowUps = Count(); break;
                    case "--max-followup-utterances": options.MaxFollowUpUtterances = Count(); break;
                    case "--scenarios": options.Scenarios = Value().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToHashSet(); break;
                    case "--seed": options.Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture); break;
                    case "--parallel": options.Parallelism = Math.Max(1, Count()); break;
                    case "--output": options.OutputFolder = Path.GetFullPath(Value()); break;
                    case "--results": options.ResultsFile = Path.GetFullPath(Value()); break;
                    case "--work": options.WorkFolder = Path.GetFullPath(Value()); break;
                    case "--keep": options.KeepFiles = true; break;
                    case "--confidence": options.Confidence = decimal.Parse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture); break;
                    case "--resamples": options.Resamples = Count(); break;
                    case "--omit-statistics": options.OmitStatistics = true; break;
                    case "--engine-label": options.EngineLabel = Value(); break;
                    case "--describe": options.DescribeOnly = true; break;
                    case "-h" or "--help": Console.WriteLine(Usage); return null;
                    default: throw new FormatException($"unknown option '{args[i]}'");
                }
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                Console.Error.WriteLine($"error: {e.Message}\n\n{Usage}");
                return null;
            }
        }

        return options;
    }

    public string CommandLine() =>
        FormattableString.Invariant($"--gates {Gates} --power-gates {PowerGates} --timeout-gates {TimeoutGates} --followups {FollowUps} ")
        + FormattableString.Invariant($"--max-followup-utterances {MaxFollowUpUtterances} --scenarios {string.Join(',', Scenarios.Order())} --seed {Seed} --parallel {Parallelism}")
        + (Confidence is { } c ? FormattableString.Invariant($" --confidence {c}") : string.Empty)
        + (Resamples is { } r ? FormattableString.Invariant($" --resamples {r}") : string.Empty)
        + (OmitStatistics ? " --omit-statistics" : string.Empty);
}
