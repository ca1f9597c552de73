using System.Globalization;
using System.Text;

namespace ReleaseGates.Engine.Benchmarks;

/// <summary>
/// Writes a seeded baseline and canary corpus shaped like streaming ASR output (issue 11), one file per side as an
/// evaluation job writes it (one file is also the harder case: a reader cannot simply hand each core a file), the same
/// ids and references on both sides:
/// <list type="bullet">
/// <item>3 to 40 words per utterance, most of them short (voice commands, dictated phrases), from a Zipf-weighted
/// vocabulary of everyday words, with case, commas, sentence ends, apostrophes ("don't"), numbers;</item>
/// <item>entities (drug, person and place names, a few with non-ASCII letters) set into the reference, 0 to 2 per line;</item>
/// <item>final hypotheses cased and punctuated like the reference, with about 9 % (baseline) and 10 % (canary) word
/// errors, names misheard more often;</item>
/// <item>partials as a streaming recogniser emits them: lower case, no punctuation, a growing prefix of the final words
/// every 2 to 4 words, the newest word sometimes a guess that a later partial takes back;</item>
/// <item><c>first_partial_ms</c> (whole) and <c>final_ms</c> (a tenth of a millisecond), a few not reported (null) and
/// a few timeouts (bare <c>Infinity</c>, as Python's json writes it);</item>
/// <item>a tenant slice on every line, a locale slice on half of them.</item>
/// </list>
/// About 0.55 KB a line.
/// </summary>
internal static class CorpusGenerator
{
    private const int Shards = 1;

    /// <summary>Everyday words in rough order of frequency (the generator draws them Zipf-weighted).</summary>
    private static readonly string[] Vocabulary = (
        "the I to and a you it of that is in what we this for my on have be can do so but not with they at just " +
        "your like all is there about was me one will if get are how no yeah up out know right think go or okay " +
        "don't it's I'm going well now then time some would want when call from more see need back let's could " +
        "here today can't good really two three make sure please thank order account number five four because " +
        "which where day work take over into only other also last next week tomorrow morning afternoon evening " +
        "payment card bank check balance transfer hundred thousand dollars minutes hours appointment doctor " +
        "prescription pharmacy refill milligrams twice daily tablet dose patient blood pressure pain history " +
        "weather music play stop pause volume lights kitchen living room alarm timer remind message send text " +
        "email meeting schedule calendar cancel confirm address street avenue city flight ticket booking hotel " +
        "reservation table dinner lunch breakfast coffee delivery package tracking shipping return refund " +
        "customer service support problem issue help question change update password login phone internet " +
        "connection slow working broken screen battery charger device laptop computer printer network " +
        "we'll you're that's there's didn't doesn't isn't I've I'll wasn't won't they're what's he's she's " +
        "actually probably maybe definitely exactly basically especially usually already still even again " +
        "little big long small new old first second different important possible available another every " +
        "should might must may said says tell told ask asked give gave find found feel felt leave left " +
        "seven eight nine ten twenty thirty forty fifty sixty twelve fifteen eleven six zero").Split(' ');

    private static readonly string[] Names =
    [
        "Metformin", "Lisinopril", "Atorvastatin", "Amoxicillin", "Dr. Patel", "Dr. Nguyen", "Sarah Johnson",
        "Michael", "Emily", "Acme Bank", "Globex", "Seattle", "Chicago", "New York", "San Francisco", "London",
        "Toronto", "Visa", "Mastercard", "Amazon", "Spotify", "Netflix", "Monday", "Tuesday", "Friday",
        "March", "September", "São Paulo", "Zürich", "Renée", "500 mg", "10:30", "$250", "O'Brien",
    ];

    private static readonly string[] Tenants = ["tenant:acme", "tenant:globex", "tenant:initech", "tenant:umbrella", "tenant:hooli"];
    private static readonly string[] Locales = ["locale:en-us", "locale:en-gb", "locale:en-in", "locale:en-au"];

    private static readonly double[] CumulativeZipf = BuildZipf(Vocabulary.Length);

    public static void Write(string directory, int utterances)
    {
        foreach (var (side, errorRate) in new[] { ("baseline", 0.09), ("canary", 0.10) })
        {
            var sideDirectory = Path.Combine(directory, side);
            Directory.CreateDirectory(sideDirectory);
            var writers = Enumerable.Range(0, Shards)
                .Select(shard => new StreamWriter(Path.Combine(sideDirectory, $"shard-{shard:00}.jsonl"), false, new UTF8Encoding(false), 1 << 20))
                .ToArray();
            var texts = new Random(42); // the same references on both sides
            var errors = new Random(side == "baseline" ? 1 : 2);
            var line = new StringBuilder(2048);
            for (var u = 0; u < utterances; u++)
            {
                var (reference, entities) = Reference(texts);
                var hypothesis = Hypothesis(reference, entities, errors, errorRate);
                line.Clear().Append("{\"id\":\"utt-").Append(u.ToString("D8", CultureInfo.InvariantCulture)).Append('"');
                line.Append(",\"reference\":").Append(Json(Sentence(reference)));
                line.Append(",\"hypothesis\":").Append(Json(Sentence(hypothesis)));
                line.Append(",\"slices\":[\"").Append(Tenants[texts.Next(Tenants.Length)]).Append('"');
                if (texts.Next(2) == 0)
                {
                    line.Append(",\"").Append(Locales[texts.Next(Locales.Length)]).Append('"');
                }

                line.Append("],\"entities\":[");
                for (var e = 0; e < entities.Count; e++)
                {
                    line.Append(e > 0 ? "," : string.Empty).Append(Json(entities[e].Text));
                }

                line.Append("],\"partials\":[");
                Partials(line, hypothesis, errors);
                line.Append("],\"first_partial_ms\":").Append(Latency(errors, 5.6, 0.35, 0.002, decimals: false));
                line.Append(",\"final_ms\":").Append(Latency(errors, 6.8, 0.4, 0.003, decimals: true));
                line.Append('}');
                writers[u % Shards].Write(line.Append('\n').ToString());
            }

            foreach (var writer in writers)
            {
                writer.Dispose();
            }
        }
    }

    /// <summary>The reference's words (with their case and punctuation) and where its entities are in it.</summary>
    private static (List<string> Words, List<(string Text, int At, int Length)> Entities) Reference(Random random)
    {
        // Lengths 3..40, most short: 3 + 37 u^2.4 has a mean of about 14 words.
        var length = 3 + (int)(Math.Pow(random.NextDouble(), 2.4) * 38);
        length = Math.Min(length, 40);
        var words = new List<string>(length + 3);
        var entities = new List<(string, int, int)>();
        var wanted = random.NextDouble() switch { < 0.35 => 0, < 0.85 => 1, _ => 2 };
        while (words.Count < length)
        {
            if (entities.Count < wanted && random.Next(length) < 2)
            {
                var name = Names[random.Next(Names.Length)];
                var parts = name.Split(' ');
                entities.Add((name, words.Count, parts.Length));
                words.AddRange(parts);
                continue;
            }

            var word = Vocabulary[Zipf(random)];
            var roll = random.Next(100);
            words.Add(roll < 7 ? word + "," : roll < 9 ? word + "." : roll < 10 ? word + "?" : word);
        }

        while (entities.Count < wanted)
        {
            var name = Names[random.Next(Names.Length)];
            entities.Add((name, words.Count, name.Split(' ').Length));
            words.AddRange(name.Split(' '));
        }

        return (words, entities);
    }

    /// <summary>What the recogniser made of the reference: substitutions, deletions and insertions, names misheard
    /// three times as often as other words.</summary>
    private static List<string> Hypothesis(List<string> reference, List<(string Text, int At, int Length)> entities, Random random, double errorRate)
    {
        var inEntity = new bool[reference.Count];
        foreach (var (_, at, length) in entities)
        {
            for (var i = at; i < at + length; i++)
            {
                inEntity[i] = true;
            }
        }

        var hypothesis = new List<string>(reference.Count + 4);
        for (var i = 0; i < reference.Count; i++)
        {
            var rate = inEntity[i] ? errorRate * 3 : errorRate;
            var roll = random.NextDouble();
            if (roll < rate * 0.6)
            {
                hypothesis.Add(Vocabulary[Zipf(random)]); // substitution
            }
            else if (roll < rate * 0.8)
            {
                // deletion
            }
            else
            {
                hypothesis.Add(reference[i]);
                if (roll < rate)
                {
                    hypothesis.Add(Vocabulary[Zipf(random)]); // insertion
                }
            }
        }

        return hypothesis;
    }

    /// <summary>A streaming recogniser's partials: every 2 to 4 words, the final words so far, lower case and without
    /// punctuation; a third of the time the newest word is still a wrong guess, taken back by the next output.</summary>
    private static void Partials(StringBuilder line, List<string> hypothesis, Random random)
    {
        var plain = hypothesis.Select(w => new string(w.Where(c => !char.IsPunctuation(c)).ToArray()).ToLowerInvariant()).ToList();
        var first = true;
        for (var end = 1 + random.Next(3); end < plain.Count; end += 2 + random.Next(3))
        {
            var prefix = plain.Take(end).ToList();
            if (random.Next(3) == 0)
            {
                prefix[^1] = Vocabulary[Zipf(random)].ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal);
            }

            line.Append(first ? string.Empty : ",").Append('"').Append(string.Join(' ', prefix)).Append('"');
            first = false;
        }
    }

    private static string Latency(Random random, double mu, double sigma, double timeouts, bool decimals)
    {
        var roll = random.NextDouble();
        if (roll < 0.01)
        {
            return "null";
        }

        if (roll < 0.01 + timeouts)
        {
            return "Infinity";
        }

        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var value = Math.Exp(mu + (sigma * normal));
        return decimals
            ? Math.Round(value, 1).ToString("0.0", CultureInfo.InvariantCulture)
            : Math.Round(value).ToString("0", CultureInfo.InvariantCulture);
    }

    /// <summary>Words joined, the first capitalised, a full stop at the end unless the last word has one.</summary>
    private static string Sentence(List<string> words)
    {
        if (words.Count == 0)
        {
            return string.Empty;
        }

        var text = string.Join(' ', words);
        text = char.ToUpperInvariant(text[0]) + text[1..];
        return char.IsPunctuation(text[^1]) ? text : text + ".";
    }

    /// <summary>A JSON string as Python's json.dumps writes it (ensure_ascii: non-ASCII letters as \u escapes).</summary>
    private static string Json(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c > 0x7E)
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    private static int Zipf(Random random)
    {
        var index = Array.BinarySearch(CumulativeZipf, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, CumulativeZipf.Length - 1);
    }

    private static double[] BuildZipf(int count)
    {
        var cumulative = new double[count];
        double total = 0;
        for (var i = 0; i < count; i++)
        {
            total += 1.0 / (i + 10); // flattened at the top: "the" is not a third of all words
            cumulative[i] = total;
        }

        for (var i = 0; i < count; i++)
        {
            cumulative[i] /= total;
        }

        return cumulative;
    }
}
