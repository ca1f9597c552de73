using System.Globalization;
using System.Text;

namespace ReleaseGates.Engine.Benchmarks;

/// <summary>
/// The voice-agent turns of <c>measures_corpus.py</c>, in C# so that the harness writes a million of them in seconds:
/// calls of 4 to 12 turns as groups, a language slice, ASR text on 70 % of the turns, and five measures — a first
/// audio byte latency with 2 % timeouts (bare <c>Infinity</c>) and 3 % not reported, written with 0, 1 or 3 decimals; a
/// turn latency and a cost at full double precision (Python's repr digits); barge-in; handoff reported on half the
/// turns. One file, as the Python script writes it.
/// </summary>
internal static class MeasuresCorpus
{
    private static readonly string[] Words =
        "i want to cancel my order please check the status of my refund for account number five two".Split(' ');

    private static readonly string[] Languages = ["lang:en", "lang:es", "lang:de"];
    private static readonly string[] Ends = [".", "?", "!"];

    public static void Write(string path, int turns)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(20261206);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var line = new StringBuilder(512);
        for (var t = 0; t < turns; t++)
        {
            var call = t / random.Next(4, 13);
            line.Clear()
                .Append("{\"id\": \"turn-").Append(t.ToString("D7", CultureInfo.InvariantCulture))
                .Append("\", \"group\": \"call-").Append(call.ToString("D6", CultureInfo.InvariantCulture))
                .Append("\", \"slices\": [\"").Append(Languages[random.Next(3)]).Append("\"]");
            if (random.NextDouble() < 0.7)
            {
                var reference = Enumerable.Range(0, random.Next(2, 19)).Select(_ => Words[random.Next(Words.Length)]).ToList();
                var hypothesis = reference.Select(w => random.NextDouble() > 0.1 ? w : Words[random.Next(Words.Length)]);
                var text = string.Join(' ', reference);
                line.Append(", \"reference\": \"").Append(char.ToUpperInvariant(text[0])).Append(text, 1, text.Length - 1).Append(Ends[random.Next(3)])
                    .Append("\", \"hypothesis\": \"").Append(string.Join(' ', hypothesis)).Append('"');
            }

            var firstAudioByte = random.NextDouble() < 0.02
                ? "Infinity"
                : Repr(Math.Round(LogNormal(random, 5.2, 0.4), random.Next(3) switch { 0 => 0, 1 => 1, _ => 3 }), wholeAsFloat: true);
            line.Append(", \"measures\": {\"first_audio_byte_ms\": ").Append(random.NextDouble() < 0.03 ? "null" : firstAudioByte)
                .Append(", \"turn_latency_ms\": ").Append(Repr(LogNormal(random, 6.8, 0.35)))
                .Append(", \"cost_usd\": ").Append(Repr((0.0001 + (random.NextDouble() * 0.0099)) * (random.Next(3) switch { 0 => 1, 1 => 1e-3, _ => 1e3 })))
                .Append(", \"barge_in\": ").Append(random.NextDouble() < 0.12 ? "true" : "false")
                .Append(", \"handoff\": ").Append(random.NextDouble() < 0.5 ? "null" : random.NextDouble() < 0.05 ? "true" : "false")
                .Append("}}\n");
            writer.Write(line.ToString());
        }
    }

    private static double LogNormal(Random random, double mu, double sigma) =>
        Math.Exp(mu + (sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())));

    /// <summary>The shortest round-trip digits, as Python's repr writes a float (round(x, 0) is still a float: "190.0").</summary>
    private static string Repr(double value, bool wholeAsFloat = false)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            // Python: 1.5e-05, not 1.5E-05
            var mantissa = text[..text.IndexOf('E', StringComparison.Ordinal)];
            var exponent = int.Parse(text[(text.IndexOf('E', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
            return $"{mantissa}e{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent):00}";
        }

        return wholeAsFloat && !text.Contains('.', StringComparison.Ordinal) ? text + ".0" : text;
    }
}
