using System.Diagnostics;
using System.Globalization;
using ReleaseGates.Simulation;
using ReleaseGates.Simulation.Reporting;
using ReleaseGates.Simulation.Scenarios;

// The gate simulation: hundreds of simulated gates with known truth, run through the engine's public entry point,
// and the rates at which its verdicts are right, against issue 9's targets. See README.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = SimulationOptions.Parse(args);
if (options is null)
{
    return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
}

var shapes = new ScenarioShapes(options);
Directory.CreateDirectory(options.WorkFolder);
try
{
    if (options.DescribeOnly)
    {
        Console.WriteLine(DataShape.Describe(shapes, options));
        return 0;
    }

    var engine = options.EngineLabel ?? EngineVersion.Describe();
    Console.Error.WriteLine($"Engine: {engine}");
    Console.Error.WriteLine($"Options: {options.CommandLine()}");
    var clock = Stopwatch.StartNew();
    var runner = new BatchRunner(options);
    var reports = new List<ScenarioReport>();
    var inconclusive = new List<FollowUpCandidate>();
    foreach (var scenario in ScenarioCatalog.All(shapes, options).Where(s => options.Scenarios.Contains(s.Number)))
    {
        Console.Error.WriteLine($"Scenario {scenario.Number}...");
        var scenarioClock = Stopwatch.StartNew();
        var report = scenario.Run(runner, inconclusive);
        reports.Add(report with { Elapsed = scenarioClock.Elapsed });
        inconclusive.AddRange(report.Inconclusive);
    }

    var results = ResultsDocument.Markdown(reports, options, engine, clock.Elapsed);
    Directory.CreateDirectory(Path.GetDirectoryName(options.ResultsPath)!);
    File.WriteAllText(options.ResultsPath, results);
    Console.WriteLine(FigureTable.Markdown(reports.SelectMany(r => r.Figures)));
    Console.WriteLine($"Full results: {options.ResultsPath} ({clock.Elapsed.TotalMinutes:0.0} min)");
    return 0;
}
finally
{
    if (!options.KeepFiles)
    {
        Directory.Delete(options.WorkFolder, recursive: true);
    }
}
