using System.Globalization;
using System.Text;

namespace ReleaseGates.Engine.Tests.Utterances;

/// <summary>
/// Per-utterance JSON Lines shaped like a streaming ASR evaluation: utterances of 4-30 words with their own
/// difficulty, so errors are overdispersed; heavy-tailed latencies tied to length; tenant slices; optional calls.
/// An A/A pair is the same utterances scored twice with fresh noise.
/// </summary>
internal static class SimulatedEvaluations
{
    private static readonly string[] Vocabulary =
        ["the", "patient", "takes", "metformin", "five", "hundred", "milligrams", "twice", "daily", "with", "food",
         "blood", "pressure", "is", "stable", "follow", "up", "in", "two", "weeks", "no", "known", "allergies", "to", "penicillin"];

    /// <param name="worse">Added to each utterance's per-word error rate on the canary (in <paramref name="worseSlice"/> only, when given).</param>
    /// <param name="timeouts">Share of canary utterances whose first partial times out (Infinity).</param>
    public static (string Baseline, string Canary) Pair(int seed, int slices, int perSlice, double worse = 0, string? worseSlice = null, double timeouts = 0, int callSize = 0)
    {
        var random = new Random(seed);
        var baseline = new StringBuilder();
        var canary = new StringBuilder();
        for (var s = 0; s < slices; s++)
        {
            for (var u = 0; u < perSlice; u++)
            {
                var id = $"s{s}-u{u}";
                var words = Enumerable.Range(0, random.Next(4, 31)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToArray();
                var difficulty = Math.Min(0.6, -Math.Log(1 - random.NextDouble()) * 0.08);
                var lengthMs = 300 * words.Length;
                var slice = $"tenant:t{s}";
                var group = callSize > 0 ? $"call-{s}-{u / callSize}" : null;
                var extra = worseSlice is null || worseSlice == slice ? worse : 0;
                baseline.AppendLine(Line(id, slice, group, words, difficulty, lengthMs, random, timeout: false));
                canary.AppendLine(Line(id, slice, group, words, Math.Min(0.95, difficulty + extra), lengthMs, random, timeout: random.NextDouble() < timeouts));
            }
        }

        return (baseline.ToString(), canary.ToString());
    }

    private static string Line(string id, string slice, string? group, string[] words, double errorRate, int lengthMs, Random random, bool timeout)
    {
        var hypothesis = words.Select(w => random.NextDouble() < errorRate ? (random.Next(3) == 0 ? string.Empty : Vocabulary[random.Next(Vocabulary.Length)]) : w)
            .Where(w => w.Length > 0);
        var firstPartial = timeout ? "Infinity" : Math.Round(150 + (Math.Exp(random.NextDouble() * 1.6) * 60)).ToString(CultureInfo.InvariantCulture);
        var final = Math.Round(lengthMs * 0.15 + (Math.Exp(random.NextDouble() * 2) * 80)).ToString(CultureInfo.InvariantCulture);
        var groupField = group is null ? string.Empty : $", \"group\": \"{group}\"";
        return $$"""{"id": "{{id}}", "reference": "{{string.Join(' ', words)}}", "hypothesis": "{{string.Join(' ', hypothesis)}}", "slices": ["{{slice}}"]{{groupField}}, "first_partial_ms": {{firstPartial}}, "final_ms": {{final}}}""";
    }
}
