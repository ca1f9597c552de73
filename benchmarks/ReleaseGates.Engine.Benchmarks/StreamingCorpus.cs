using System.Globalization;
using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Serialization;

namespace ReleaseGates.Engine.Benchmarks;

/// <summary>
/// One side of utterances shaped like streaming ASR output, written twice with the same rows: as JSON Lines and as
/// Parquet, in four shards each (<c>jsonl/shard-NN.jsonl</c>, <c>parquet/shard-NN.parquet</c>). 3 to 40 words per
/// utterance (most short, as voice commands are), capitalised, with punctuation; an entity from a list of drug and place
/// names; 1 to 4 partials that grow as prefixes of the final words, the last sometimes with a word the final output
/// takes back; slices; a group per call; first_partial_ms (int64) and final_ms (double) with nulls and timeouts.
/// The Parquet is written with Parquet.Net's serializer (snappy, row groups of 122,880 rows, DuckDB's default).
/// Seeded: the same data every run.
/// </summary>
internal static class StreamingCorpus
{
    private const int Shards = 4;
    private const int RowGroupSize = 122_880;

    private static readonly string[] Words = (
        "start the patient on five hundred milligrams twice daily with food please book a table for two at seven tomorrow " +
        "evening and remind me to call the pharmacy about refill order number four two nine what is weather like in " +
        "play some music turn off lights set an alarm for six thirty send message to mom saying I'll be late").Split(' ');

    private static readonly string[] Entities = ["metformin", "lisinopril", "atorvastatin", "amoxicillin", "São Paulo", "Zürich", "New York", "Dr. Nguyen"];

    private static readonly string[] Punctuation = ["", "", "", "", "", ",", ".", "?", "!"];

    /// <param name="shards">Files per format; their folders are <c>jsonl</c> and <c>parquet</c>, with <paramref name="suffix"/>.</param>
    public static void Write(string directory, int utterances, int shards = Shards, string suffix = "")
    {
        Directory.CreateDirectory(Path.Combine(directory, "jsonl" + suffix));
        Directory.CreateDirectory(Path.Combine(directory, "parquet" + suffix));
        var random = new Random(20261125);
        var perShard = (utterances + shards - 1) / shards;
        for (var shard = 0; shard < shards; shard++)
        {
            var rows = new List<Row>(perShard);
            for (var u = shard * perShard; u < Math.Min(utterances, (shard + 1) * perShard); u++)
            {
                rows.Add(Make(u, random));
            }

            WriteJsonLines(Path.Combine(directory, "jsonl" + suffix, $"shard-{shard:00}.jsonl"), rows);
            using var stream = File.Create(Path.Combine(directory, "parquet" + suffix, $"shard-{shard:00}.parquet"));
            ParquetSerializer.SerializeAsync(rows, stream, new ParquetOptions { RowGroupSize = RowGroupSize }).GetAwaiter().GetResult();
        }
    }

    private static Row Make(int u, Random random)
    {
        var length = 3 + (int)(Math.Pow(random.NextDouble(), 2) * 38);
        var reference = new List<string>(length);
        var entities = new List<string>();
        while (reference.Count < length)
        {
            if (random.NextDouble() < 0.08)
            {
                var entity = Entities[random.Next(Entities.Length)];
                entities.Add(entity);
                reference.AddRange(entity.Split(' '));
            }
            else
            {
                reference.Add(Words[random.Next(Words.Length)] + Punctuation[random.Next(Punctuation.Length)]);
            }
        }

        reference[0] = char.ToUpperInvariant(reference[0][0]) + reference[0][1..];
        var hypothesis = new List<string>(reference.Count + 2);
        foreach (var word in reference)
        {
            var roll = random.NextDouble();
            if (roll < 0.04)
            {
                continue; // deletion
            }

            hypothesis.Add(roll < 0.08 ? Words[random.Next(Words.Length)] : word);
            if (roll > 0.98)
            {
                hypothesis.Add(Words[random.Next(Words.Length)]); // insertion
            }
        }

        var steps = 1 + random.Next(4);
        var partials = new List<string>(steps);
        for (var s = 1; s <= steps; s++)
        {
            var prefix = hypothesis.Take((int)Math.Ceiling(hypothesis.Count * s / (steps + 1.0))).ToArray();
            if (s == steps && prefix.Length > 0 && random.NextDouble() < 0.3)
            {
                prefix[^1] = Words[random.Next(Words.Length)];
            }

            partials.Add(string.Join(' ', prefix));
        }

        var slices = new List<string> { "tenant:" + (u % 3 == 0 ? "acme" : u % 3 == 1 ? "globex" : "initech") };
        if (random.NextDouble() < 0.5)
        {
            slices.Add("accent:" + (random.Next(3) switch { 0 => "in", 1 => "us", _ => "gb" }));
        }

        return new Row
        {
            id = $"utt-{u:D8}",
            reference = string.Join(' ', reference),
            hypothesis = string.Join(' ', hypothesis),
            entities = entities,
            partials = partials,
            slices = slices,
            group = $"call-{u / 6:D7}",
            first_partial_ms = random.NextDouble() < 0.02 ? null : 120 + random.Next(600),
            final_ms = random.NextDouble() < 0.01 ? null : random.NextDouble() < 0.002 ? double.PositiveInfinity : Math.Round(400 + (random.NextDouble() * 1600), 1),
        };
    }

    private static void WriteJsonLines(string path, List<Row> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        foreach (var row in rows)
        {
            var line = JsonSerializer.Serialize(row with { final_ms = null, first_partial_ms = null }, JsonOptions);
            var latencies = (row.first_partial_ms is { } first ? $",\"first_partial_ms\":{first.ToString(CultureInfo.InvariantCulture)}" : string.Empty)
                + (row.final_ms is { } final ? $",\"final_ms\":{(double.IsPositiveInfinity(final) ? "Infinity" : final.ToString("R", CultureInfo.InvariantCulture))}" : string.Empty);
            writer.Write(line.AsSpan(0, line.Length - 1));
            writer.Write(latencies);
            writer.Write("}\n");
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One row, its members named as the columns and JSON fields are.</summary>
#pragma warning disable IDE1006, SA1300 // the names are the file format's
    internal sealed record Row
    {
        public string id { get; init; } = string.Empty;

        public string reference { get; init; } = string.Empty;

        public string hypothesis { get; init; } = string.Empty;

        public List<string> slices { get; init; } = [];

        public List<string> entities { get; init; } = [];

        public List<string> partials { get; init; } = [];

        public string group { get; init; } = string.Empty;

        public long? first_partial_ms { get; init; }

        public double? final_ms { get; init; }
    }
#pragma warning restore IDE1006, SA1300
}
