using System.Globalization;
using System.Text.RegularExpressions;

namespace ReleaseGates.Analyzers.Benchmarks;

/// <summary>
/// <c>--build-log LOG</c>: the analyzers' cost in a real build, as a team measures it — the compiler's own report of a
/// build run with <c>-p:ReportAnalyzer=true</c> and a detailed file log with the task summary
/// (<c>-flp:"v=d;performancesummary;logfile=LOG"</c>), see <c>real-build.sh</c>. For each project and in total: the
/// ReleaseGates analyzers rule by rule, NetAnalyzers' logging analyzer, every analyzer together, and the share of the
/// Csc task's time. The times are the compiler's: wall time inside each analyzer's callbacks, which on a busy machine
/// also counts time a thread waited for a core.
/// </summary>
internal static partial class BuildLog
{
    private const string LoggingAnalyzer = "Microsoft.NetCore.Analyzers.Runtime.LoggerMessageDefineAnalyzer";

    public static int Report(string path)
    {
        var projects = new List<ProjectReport>();
        ProjectReport? current = null;
        string? assembly = null;
        double cscMilliseconds = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (TotalLine().Match(line) is { Success: true } total)
            {
                current = new ProjectReport(Seconds(total.Groups[1].Value));
                projects.Add(current);
                assembly = null;
            }
            else if (current is not null && ProjectOutput().Match(line) is { Success: true } output && current.Name is null)
            {
                current.Name = output.Groups[1].Value;
            }
            else if (current is not null && TimeLine().Match(line) is { Success: true } row)
            {
                var seconds = Seconds(row.Groups[1].Value);
                var what = row.Groups[2].Value;
                if (what.Contains(", Version=", StringComparison.Ordinal))
                {
                    assembly = what[..what.IndexOf(',', StringComparison.Ordinal)];
                }
                else if (assembly == "ReleaseGates.Analyzers" && RuleName().Match(what) is { Success: true } rule)
                {
                    current.Rules[rule.Groups[2].Value + " " + rule.Groups[1].Value] = current.Rules.GetValueOrDefault(rule.Groups[2].Value + " " + rule.Groups[1].Value) + seconds;
                }
                else if (what.StartsWith(LoggingAnalyzer, StringComparison.Ordinal))
                {
                    current.Logging += seconds;
                }
            }
            else if (CscSummary().Match(line) is { Success: true } csc)
            {
                cscMilliseconds = double.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        if (projects.Count == 0)
        {
            Console.Error.WriteLine($"{path}: no analyzer report found. Build with -p:ReportAnalyzer=true and -flp:\"v=d;performancesummary;logfile=...\".");
            return 1;
        }

        Console.WriteLine("| project | all analyzers | ReleaseGates | logging analyzer | ReleaseGates / logging |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var project in projects)
        {
            Console.WriteLine($"| {project.Name ?? "?"} | {project.All:F3} s | {project.ReleaseGates:F3} s | {project.Logging:F3} s | {Ratio(project.ReleaseGates, project.Logging)} |");
        }

        var releaseGates = projects.Sum(p => p.ReleaseGates);
        var logging = projects.Sum(p => p.Logging);
        Console.WriteLine($"| **{projects.Count} projects** | {projects.Sum(p => p.All):F3} s | **{releaseGates:F3} s** | {logging:F3} s | **{Ratio(releaseGates, logging)}** |");
        Console.WriteLine();
        foreach (var rule in projects.SelectMany(p => p.Rules).GroupBy(r => r.Key).OrderByDescending(g => g.Sum(r => r.Value)))
        {
            Console.WriteLine($"  {rule.Key,-60} {rule.Sum(r => r.Value),7:F3} s");
        }

        if (cscMilliseconds > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"Csc task: {cscMilliseconds / 1000:F1} s; ReleaseGates {100 * releaseGates / (cscMilliseconds / 1000):F2} % of it, the logging analyzer {100 * logging / (cscMilliseconds / 1000):F2} %");
        }

        return 0;
    }

    private static string Ratio(double a, double b) => b > 0 ? (a / b).ToString("F2", CultureInfo.InvariantCulture) + "x" : "-";

    /// <summary>The compiler prints "&lt;0.001" for what it could not time.</summary>
    private static double Seconds(string text) => text.StartsWith('<') ? 0.0005 : double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Total analyzer execution time: ([\d.]+) seconds")]
    private static partial Regex TotalLine();

    [GeneratedRegex(@"^\s+([<\d.]+)\s+[<\d]+\s+(\S.*)$")]
    private static partial Regex TimeLine();

    [GeneratedRegex(@"\.(\w+Analyzer) \((RG\d+)")]
    private static partial Regex RuleName();

    [GeneratedRegex(@"^\s+(\S+) -> \S+\.dll$")]
    private static partial Regex ProjectOutput();

    [GeneratedRegex(@"^\s+(\d+) ms\s+Csc\s+\d+ calls")]
    private static partial Regex CscSummary();

    private sealed class ProjectReport(double all)
    {
        public double All { get; } = all;

        public string? Name { get; set; }

        public Dictionary<string, double> Rules { get; } = new();

        public double Logging { get; set; }

        public double ReleaseGates => Rules.Values.Sum();
    }
}
