using System.Text;
using ReleaseGates.Simulation.Data;
using ReleaseGates.Simulation.Randomness;

namespace ReleaseGates.Simulation.Gates;

/// <summary>
/// Writes one simulated gate to a folder as a team would have it: baseline.jsonl and canary.jsonl (per-utterance
/// results of the two runs over the same utterances) and a gates.json naming them with <c>{"utterances": ...}</c>.
/// </summary>
internal static class GateFiles
{
    /// <returns>The number of utterances in each slice (and in total under <see cref="WrittenGate.Overall"/>).</returns>
    public static WrittenGate Write(string folder, GateSpec spec, ulong seed)
    {
        Directory.CreateDirectory(folder);

        // Three independent streams: what the audio is, and each side's run over it.
        var utterances = EvalSetGenerator.Generate(spec.EvalSet, SimRandom.For(seed, 1));
        var baseline = new ModelRun(ModelBehaviour.Unchanged, utterances, SimRandom.For(seed, 2));
        var canary = new ModelRun(spec.Canary, utterances, SimRandom.For(seed, 3));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { [WrittenGate.Overall] = utterances.Count };
        foreach (var slice in utterances.SelectMany(u => u.Slices))
        {
            counts[slice] = counts.GetValueOrDefault(slice) + 1;
        }

        // Lines are streamed to disk; only a canary with timeouts is held whole, since which lines time out depends on all of them.
        var timedOut = spec.Canary.TimesOut
            ? TimeoutInjector.Apply(utterances.Select(canary.Transcribe).ToList(), spec.Canary, SimRandom.For(seed, 4))
            : null;
        using (var baselineFile = new UtteranceLineWriter(Path.Combine(folder, "baseline.jsonl")))
        using (var canaryFile = new UtteranceLineWriter(Path.Combine(folder, "canary.jsonl")))
        {
            for (var i = 0; i < utterances.Count; i++)
            {
                baselineFile.Write(baseline.Transcribe(utterances[i]));
                canaryFile.Write(timedOut is null ? canary.Transcribe(utterances[i]) : timedOut[i]);
            }
        }

        var gatesFile = Path.Combine(folder, "gates.json");
        File.WriteAllText(gatesFile, GatesJson(spec), new UTF8Encoding(false));
        return new WrittenGate(gatesFile, counts);
    }

    private static string GatesJson(GateSpec spec)
    {
        var json = new StringBuilder();
        json.Append("{\n");
        json.Append("  \"release\": { \"model\": \"asr-sim\", \"baseline\": \"asr-sim-a\", \"candidate\": \"asr-sim-b\" },\n");
        json.Append("  \"baseline\": { \"utterances\": \"baseline.jsonl\" },\n");
        json.Append("  \"canary\": { \"utterances\": \"canary.jsonl\" },\n");
        if (spec.Statistics.Json is { } statistics)
        {
            json.Append("  \"statistics\": ").Append(statistics).Append(",\n");
        }

        json.Append("  \"budgets\": {\n");
        json.Append(string.Join(",\n", spec.Budgets.Select(b => "    " + b.Json)));
        json.Append("\n  }\n}\n");
        return json.ToString();
    }
}
