using System.Globalization;
using System.Text;

namespace ReleaseGates.Gate.Benchmarks;

/// <summary>Writes a gates.json with <c>budgets</c> budgets and evaluation outputs with <c>slices</c> slices each.</summary>
internal static class LargeGate
{
    public static string Write(string directory, int budgets, int slices)
    {
        Directory.CreateDirectory(Path.Combine(directory, "eval"));
        var gates = new StringBuilder("{\n  \"baseline\": \"eval/baseline.json\",\n  \"canary\": \"eval/canary.json\",\n  \"slices\": { \"min_samples\": 200 },\n  \"budgets\": {\n");
        for (var b = 0; b < budgets; b++)
        {
            var limit = (b % 4) switch
            {
                0 => "\"allowed_delta\": 0.005",
                1 => "\"allowed_relative_delta\": 0.1",
                2 => "\"allowed_delta\": 0.01, \"max\": 0.9",
                _ => "\"allowed_delta\": 0.002, \"on_regression\": \"pause\"",
            };
            gates.Append(CultureInfo.InvariantCulture, $"    \"metric_{b}\": {{ \"direction\": \"{(b % 2 == 0 ? "lower_is_better" : "higher_is_better")}\", {limit} }}{(b < budgets - 1 ? "," : string.Empty)}\n");
        }

        gates.Append("  }\n}\n");
        var gatesFile = Path.Combine(directory, "gates.json");
        File.WriteAllText(gatesFile, gates.ToString());
        File.WriteAllText(Path.Combine(directory, "eval", "baseline.json"), Evaluation(budgets, slices, seed: 1));
        File.WriteAllText(Path.Combine(directory, "eval", "canary.json"), Evaluation(budgets, slices, seed: 2));
        return gatesFile;
    }

    private static string Evaluation(int budgets, int slices, int seed)
    {
        var random = new Random(seed);
        var json = new StringBuilder("{ \"samples\": 120000, \"metrics\": ");
        AppendMetrics(json, budgets, random);
        json.Append(", \"slices\": {\n");
        for (var s = 0; s < slices; s++)
        {
            json.Append(CultureInfo.InvariantCulture, $"  \"tenant:{s}\": {{ \"samples\": {150 + random.Next(1000)}, \"metrics\": ");
            AppendMetrics(json, budgets, random);
            json.Append(s < slices - 1 ? " },\n" : " }\n");
        }

        return json.Append("} }\n").ToString();
    }

    private static void AppendMetrics(StringBuilder json, int budgets, Random random)
    {
        json.Append('{');
        for (var b = 0; b < budgets; b++)
        {
            json.Append(CultureInfo.InvariantCulture, $"\"metric_{b}\": {Math.Round(0.05 + random.NextDouble() * 0.1, 4)}{(b < budgets - 1 ? ", " : string.Empty)}");
        }

        json.Append('}');
    }
}
