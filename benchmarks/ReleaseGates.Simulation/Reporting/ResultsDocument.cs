using System.Globalization;
using System.Text;
using ReleaseGates.Simulation.Scenarios;

namespace ReleaseGates.Simulation.Reporting;

/// <summary>
/// The results file: what was run (engine commit, options, machine, time), one summary table of every figure against
/// issue 9's targets, then each scenario's details.
/// </summary>
internal static class ResultsDocument
{
    public static string Markdown(IReadOnlyList<ScenarioReport> reports, SimulationOptions options, string engine, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.Append("# ReleaseGates gate simulation results\n\n");
        text.Append(string.Create(CultureInfo.InvariantCulture,
            $"- Engine: {engine}\n- Run: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {elapsed.TotalMinutes:0.0} min, {Environment.ProcessorCount} cores, .NET {Environment.Version}\n"));
        text.Append("- Options: `").Append(options.CommandLine()).Append("`\n");
        text.Append("- Intervals: 95 % Clopper–Pearson. \"(within noise)\": the interval reaches the other side of the target.\n\n");
        text.Append("## Summary\n\n");
        text.Append(FigureTable.Markdown(reports.SelectMany(r => r.Figures)));
        foreach (var report in reports)
        {
            text.Append("\n## ").Append(report.Title).Append("\n\n");
            text.Append(report.Details.TrimEnd()).Append('\n');
            text.Append(string.Create(CultureInfo.InvariantCulture, $"\n_Run time: {report.Elapsed.TotalMinutes:0.0} min._\n"));
        }

        return text.ToString();
    }
}
