using System.Globalization;
using System.Text;

namespace ReleaseGates.Simulation.Reporting;

/// <summary>Figures as a Markdown table: the rate, its 95 % Clopper–Pearson interval, the target and whether it is met.</summary>
internal static class FigureTable
{
    public static string Markdown(IEnumerable<Figure> figures)
    {
        var text = new StringBuilder();
        text.Append("| scenario | figure | count / gates | rate | 95 % interval | target | verdict |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        foreach (var figure in figures)
        {
            var (low, high) = figure.Interval;
            var measure = figure.Note.Length == 0 ? figure.Measure : $"{figure.Measure} ({figure.Note})";
            text.Append(figure.Gates == 0
                ? $"| {figure.Scenario} | {measure} | 0 / 0 | – | – | {figure.Target?.ToString() ?? "–"} | {figure.Verdict} |\n"
                : string.Create(CultureInfo.InvariantCulture,
                    $"| {figure.Scenario} | {measure} | {figure.Count} / {figure.Gates} | {Percent(figure.Rate)} | {Percent(low)} – {Percent(high)} | {figure.Target?.ToString() ?? "–"} | {figure.Verdict} |\n"));
        }

        return text.ToString();
    }

    public static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
