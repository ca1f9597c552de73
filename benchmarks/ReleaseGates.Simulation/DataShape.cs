using System.Globalization;
using System.Text;
using ReleaseGates.Simulation.Data;
using ReleaseGates.Simulation.Gates;
using ReleaseGates.Simulation.Randomness;
using ReleaseGates.Simulation.Reporting;
using ReleaseGates.Simulation.Scenarios;

namespace ReleaseGates.Simulation;

/// <summary>
/// <c>--describe</c>: what the simulated data look like, measured by the engine itself on one A/A gate of scenario 1
/// and one of scenario 3 — to check the data are shaped like real ASR output before trusting any rate.
/// </summary>
internal static class DataShape
{
    private static readonly string[] Metrics =
    {
        "wer", "entity_error_rate", "partial_churn",
        "first_partial_ms_p50", "first_partial_ms_p95", "first_partial_ms_p99",
        "final_ms_p50", "final_ms_p95", "final_ms_p99",
    };

    public static string Describe(ScenarioShapes shapes, SimulationOptions options)
    {
        var text = new StringBuilder();
        var gates = new (string Name, GateSpec Spec)[]
        {
            ("scenario 1 (independent utterances, 20 tenants)", shapes.TwentyTenantsThreeBudgets(ModelBehaviour.Unchanged)),
            ("scenario 3 (calls, 10 tenants + 3 channels)", shapes.CorrelatedCallsWer()),
        };
        foreach (var (name, gate) in gates)
        {
            // Budgets so loose that nothing regresses: the gate is only asked for its numbers.
            var spec = gate with { Budgets = Metrics.Select(m => new BudgetSpec(m, "\"allowed_delta\": 1000000")).ToList() };
            var seed = Seeds.Derive(options.Seed, Seeds.Of("describe"), Seeds.Of(name));
            var run = GateSimulation.Run(0, spec, seed, Path.Combine(options.WorkFolder, "describe"), options.KeepFiles);
            text.Append("## ").Append(name).Append("\n\n");
            text.Append(Latent(spec, seed)).Append('\n');
            text.Append("| metric | overall baseline | overall canary | slices: min / median / max (baseline) | median \\|canary − baseline\\| on a slice |\n|---|---|---|---|---|\n");
            foreach (var metric in Metrics)
            {
                var overall = run.Outcome.Results.FirstOrDefault(r => r.Budget == metric && r.Slice is null);
                var slices = run.Outcome.Results.Where(r => r.Budget == metric && r.Slice is not null && r.Baseline is not null && r.Canary is not null).ToList();
                var values = slices.Select(r => r.Baseline!.Value).Order().ToList();
                var deltas = slices.Select(r => Math.Abs(r.Canary!.Value - r.Baseline!.Value)).Order().ToList();
                text.Append(string.Create(CultureInfo.InvariantCulture,
                    $"| `{metric}` | {Format(overall?.Baseline)} | {Format(overall?.Canary)} | {Format(values.FirstOrDefault())} / {Format(Median(values))} / {Format(values.LastOrDefault())} | {Format(Median(deltas))} |\n"));
            }

            text.Append(string.Create(CultureInfo.InvariantCulture,
                $"\nGenerating the gate took {run.GenerateTime.TotalSeconds:0.00} s, the engine {run.EngineTime.TotalSeconds:0.00} s; decision {run.Outcome.Decision ?? "invalid: " + string.Join("; ", run.Outcome.Errors)}.\n\n"));
        }

        return text.ToString();
    }

    /// <summary>The latent side: utterance lengths and per-utterance error rates, straight from the generator.</summary>
    private static string Latent(GateSpec spec, ulong seed)
    {
        var utterances = EvalSetGenerator.Generate(spec.EvalSet, SimRandom.For(seed, 1));
        var lengths = utterances.Select(u => (double)u.ReferenceWords.Length).Order().ToList();
        var rates = utterances.Select(u => u.ErrorRate).Order().ToList();
        var expectedWer = utterances.Sum(u => u.ErrorRate * u.ReferenceWords.Length) / lengths.Sum();
        string Quantiles(List<double> sorted, string format) => string.Join(" / ",
            new[] { 0.1, 0.5, 0.9, 0.99 }.Select(q => sorted[(int)(q * (sorted.Count - 1))].ToString(format, CultureInfo.InvariantCulture)));
        return string.Create(CultureInfo.InvariantCulture,
            $"{utterances.Count:#,0} utterances; words per reference p10/p50/p90/p99 {Quantiles(lengths, "0")}; per-utterance error rate p10/p50/p90/p99 {Quantiles(rates, "0.000")}; expected WER {expectedWer:0.0000}; {utterances.Count(u => u.Entities.Length > 0) * 100.0 / utterances.Count:0} % name an entity.\n");
    }

    private static double? Median(List<double> sorted) => sorted.Count == 0 ? null : sorted[sorted.Count / 2];

    private static string Format(double? value) => value switch
    {
        null => "–",
        { } v when double.IsInfinity(v) => "Infinity",
        { } v when Math.Abs(v) >= 10 => v.ToString("0.0", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.0000", CultureInfo.InvariantCulture),
    };
}
