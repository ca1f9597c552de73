using System.Globalization;
using System.Text;

namespace ReleaseGates.Engine.Benchmarks;

/// <summary>
/// Writes a synthetic baseline and canary corpus: the same ids and references on both sides, hypotheses
/// with about 10 % (baseline) and 12 % (canary) word errors, three tenant slices, one entity, latencies and
/// three streaming partials per utterance, in four shards per side. Seeded: the same corpus every run.
/// </summary>
internal static class CorpusGenerator
{
    private const int Shards = 4;

    public static void Write(string directory, int utterances, int words)
    {
        var vocabulary = Enumerable.Range(0, 5000).Select(i => Word(i)).ToArray();
        foreach (var (side, errorRate) in new[] { ("baseline", 0.10), ("canary", 0.12) })
        {
            var random = new Random(42);
            var sideDirectory = Path.Combine(directory, side);
            Directory.CreateDirectory(sideDirectory);
            var writers = Enumerable.Range(0, Shards)
                .Select(shard => new StreamWriter(Path.Combine(sideDirectory, $"shard-{shard:00}.jsonl"), false, new UTF8Encoding(false), 1 << 20))
                .ToArray();
            var errors = new Random(side == "baseline" ? 1 : 2);
            var line = new StringBuilder();
            for (var u = 0; u < utterances; u++)
            {
                var length = words - 2 + random.Next(5);
                var reference = new string[length];
                for (var w = 0; w < length; w++)
                {
                    reference[w] = vocabulary[random.Next(vocabulary.Length)];
                }

                var hypothesis = new List<string>(length + 2);
                foreach (var word in reference)
                {
                    var roll = errors.NextDouble();
                    if (roll < errorRate * 0.6)
                    {
                        hypothesis.Add(vocabulary[errors.Next(vocabulary.Length)]);
                    }
                    else if (roll < errorRate * 0.8)
                    {
                        continue;
                    }
                    else
                    {
                        hypothesis.Add(word);
                        if (roll < errorRate)
                        {
                            hypothesis.Add(vocabulary[errors.Next(vocabulary.Length)]);
                        }
                    }
                }

                var at = random.Next(length - 1);
                var entity = reference[at] + " " + reference[at + 1];
                line.Clear()
                    .Append("{\"id\":\"utt-").Append(u.ToString("0000000", CultureInfo.InvariantCulture)).Append('"')
                    .Append(",\"reference\":\"").Append(Sentence(reference)).Append('"')
                    .Append(",\"hypothesis\":\"").Append(Sentence(hypothesis)).Append('"')
                    .Append(",\"slices\":[\"tenant:").Append((char)('a' + (u % 3))).Append("\"]")
                    .Append(",\"entities\":[\"").Append(entity).Append("\"]")
                    .Append(",\"first_partial_ms\":").Append(150 + errors.Next(300))
                    .Append(",\"final_ms\":").Append(600 + errors.Next(900))
                    .Append(",\"partials\":[");
                for (var p = 1; p <= 3; p++)
                {
                    var prefix = hypothesis.Take(hypothesis.Count * p / 4).ToList();
                    if (prefix.Count > 0 && errors.Next(4) == 0)
                    {
                        prefix[^1] = vocabulary[errors.Next(vocabulary.Length)];
                    }

                    line.Append(p > 1 ? ",\"" : "\"").Append(string.Join(' ', prefix)).Append('"');
                }

                line.Append("]}");
                writers[u % Shards].WriteLine(line.ToString());
            }

            foreach (var writer in writers)
            {
                writer.Dispose();
            }
        }
    }

    private static string Sentence(IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        return words.Count == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1) + ".";
    }

    private static string Word(int index)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var builder = new StringBuilder();
        var value = index + 7;
        do
        {
            builder.Append(consonants[value % consonants.Length]).Append(vowels[(value / 16) % vowels.Length]);
            value /= 80;
        }
        while (value > 0);
        return builder.ToString();
    }
}
