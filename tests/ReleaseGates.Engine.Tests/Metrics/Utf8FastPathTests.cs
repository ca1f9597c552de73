using System.Text;
using ReleaseGates.Engine.Metrics;
using static ReleaseGates.Engine.Tests.Metrics.WordScoring;

namespace ReleaseGates.Engine.Tests.Metrics;

/// <summary>
/// Texts are normalised from their UTF-8 bytes (<see cref="Utf8TextNormalizer"/>) where that path takes them, else by
/// the normaliser itself after decoding: the two paths must give the same bytes, words and scores.
/// </summary>
public sealed class Utf8FastPathTests
{
    private static readonly ITextNormalizer[] Normalizers = [StandardTextNormalizer.Instance, VerbatimTextNormalizer.Instance];

    public static TheoryData<string> NormalizerNames => new() { "standard", "none" };

    [Theory]
    [MemberData(nameof(NormalizerNames))]
    public void Every_ascii_character_is_normalised_from_bytes_as_the_normaliser_does_it(string name)
    {
        var normalizer = Named(name);
        for (var c = 0; c < 128; c++)
        {
            var text = $"Ab{(char)c}cD {(char)c}{(char)c} x{(char)c}";

            Assert.Equal(Expected(normalizer, text), FastPath(normalizer, text));
        }
    }

    [Theory]
    [MemberData(nameof(NormalizerNames))]
    public void Long_ascii_texts_mixing_plain_runs_with_punctuation_and_whitespace_agree(string name)
    {
        // Runs of letters, digits and single spaces are copied a vector at a time; anything else byte by byte.
        var normalizer = Named(name);
        const string plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789    ";
        var random = new Random(31);
        for (var trial = 0; trial < 3_000; trial++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 200))
                .Select(_ => random.Next(12) > 0 ? plain[random.Next(plain.Length)] : (char)random.Next(128))
                .ToArray());

            Assert.Equal(Expected(normalizer, text), FastPath(normalizer, text));
        }
    }

    [Theory]
    [MemberData(nameof(NormalizerNames))]
    public void Every_character_of_the_basic_multilingual_plane_is_normalised_from_bytes_as_the_normaliser_does_it(string name)
    {
        // Between ASCII and beside another character of its own length in UTF-8, at the start, middle and end.
        var normalizer = Named(name);
        for (var c = 128; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c) || c == '\u0130')
            {
                continue;
            }

            var text = $"{(char)c}Ab{(char)c}cD {(char)c}{(char)c} x{(char)c}";
            var bytes = Encoding.UTF8.GetBytes(text);
            var destination = new byte[bytes.Length];
            var written = Utf8TextNormalizer.For(normalizer)!.Normalize(bytes, destination, out var words);

            if (written >= 0 || !GrowsInUtf8(normalizer, text))
            {
                Assert.Equal(Expected(normalizer, text), $"{Encoding.UTF8.GetString(destination, 0, written)}|{words}");
            }
        }
    }

    [Theory]
    [InlineData("\U0001F600 ok")] // beyond the Basic Multilingual Plane: a surrogate pair in UTF-16
    [InlineData("a long plain ascii run of more than thirty-two bytes, then \U0001F600")] // after vector chunks
    public void A_text_the_bytes_path_does_not_take_is_left_to_the_normaliser(string text)
    {
        foreach (var normalizer in Normalizers)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            Assert.Equal(-1, Utf8TextNormalizer.For(normalizer)!.Normalize(bytes, new byte[bytes.Length], out _));
        }
    }

    [Fact]
    public void A_capital_whose_lower_case_is_two_characters_is_left_to_the_normaliser()
    {
        var bytes = Encoding.UTF8.GetBytes("caf\u00E9 in \u0130stanbul");

        Assert.Equal(-1, Utf8TextNormalizer.For(StandardTextNormalizer.Instance)!.Normalize(bytes, new byte[bytes.Length], out _));
    }

    [Theory]
    [InlineData("80")] // a continuation byte with no lead
    [InlineData("C0AF")] // an overlong '/'
    [InlineData("E08080")] // an overlong NUL
    [InlineData("EDA080")] // a surrogate
    [InlineData("E282")] // cut short at the end
    [InlineData("C361")] // a lead byte followed by ASCII
    [InlineData("FF")]
    public void Bytes_that_are_not_utf8_are_left_to_the_decoder_and_the_normaliser(string hex)
    {
        var bytes = Convert.FromHexString("6162" + hex + "6364");

        Assert.Equal(-1, Utf8TextNormalizer.For(StandardTextNormalizer.Instance)!.Normalize(bytes, new byte[bytes.Length], out _));
    }

    [Fact]
    public void A_lower_case_longer_than_its_capital_is_written_where_there_is_room_else_left_to_the_normaliser()
    {
        // U+023A's lower case U+2C65 takes three bytes for its two: with no punctuation dropped before it, no room.
        var normalizer = Utf8TextNormalizer.For(StandardTextNormalizer.Instance)!;
        var capital = Encoding.UTF8.GetBytes("\u023A");
        Assert.Equal(-1, normalizer.Normalize(capital, new byte[capital.Length], out _));

        var withPunctuation = Encoding.UTF8.GetBytes("!\u023A");
        var destination = new byte[withPunctuation.Length];
        Assert.Equal(3, normalizer.Normalize(withPunctuation, destination, out var words));
        Assert.Equal(("\u2C65", 1), (Encoding.UTF8.GetString(destination), words));
    }

    [Fact]
    public void A_normaliser_of_a_teams_own_has_no_fast_path()
    {
        Assert.Null(Utf8TextNormalizer.For(new UpperCaseNormalizer()));
    }

    [Fact]
    public void Scores_are_the_same_whichever_path_each_text_takes()
    {
        // Words read from bytes meet words decoded and normalised in the same utterance: "cafe" from a plain text
        // must equal "cafe" from one with an accented word elsewhere.
        string[] words = ["cafe", "CAFE", "café", "Café!", "don't", "dont", "İstanbul", "i\u0307stanbul", "\U00010400x", "a-b", "ab", "x\u00A0y", "straße", "500", "mg.", "\u023A", "\u201Cquoted\u201D", "na\u00EFve\u2014dash", "\u65E5\u672C\u8A9E", "a\u2009b", "\u212A"];
        var random = new Random(32);
        for (var trial = 0; trial < 2_000; trial++)
        {
            string Text() => string.Join(random.Next(4) == 0 ? "  " : " ", Enumerable.Range(0, random.Next(0, 9)).Select(_ => words[random.Next(words.Length)]));
            var (reference, hypothesis, entity) = (Text(), Text(), Text());
            var partials = new[] { Text(), Text() };

            foreach (var normalizer in Normalizers)
            {
                Assert.Equal(
                    Score(reference, hypothesis, [entity], partials, normalizer),
                    ScoreFromBytes(reference, hypothesis, [entity], partials, normalizer));
            }
        }
    }

    [Fact]
    public void Lone_surrogates_stay_apart_from_every_other_character_as_bytes()
    {
        // Only a normaliser of a team's own could write one; U+FFFD would merge "\uD800" with "\uFFFD".
        string[] texts = ["\uD800", "\uDC00", "\uFFFD", "\uD800\uDC00", "a\uD800", "\uDBFF\uDFFF", "\u07FF", "\u0800"];
        var encoded = texts.Select(text =>
        {
            var bytes = new byte[GeneralizedUtf8.MaxBytes(text.Length)];
            return Convert.ToHexString(bytes, 0, GeneralizedUtf8.Encode(text, bytes));
        }).ToArray();

        Assert.Equal(texts.Length, encoded.Distinct().Count());
        Assert.Equal(Convert.ToHexString(Encoding.UTF8.GetBytes("\uD800\uDC00a\u07FF\u0800")), encoded[3] + "61" + encoded[6] + encoded[7]);
    }

    /// <summary>Whether the normalised text takes more UTF-8 bytes than the text (U+023A, U+023E): left to the normaliser.</summary>
    private static bool GrowsInUtf8(ITextNormalizer normalizer, string text) =>
        Encoding.UTF8.GetByteCount(Normalize(normalizer, text)) > Encoding.UTF8.GetByteCount(text);

    private static ITextNormalizer Named(string name) => TextNormalizers.TryGet(name, out var normalizer) ? normalizer : throw new ArgumentException(name);

    private static string Expected(ITextNormalizer normalizer, string text)
    {
        var normalized = Normalize(normalizer, text);
        return $"{normalized}|{(normalized.Length == 0 ? 0 : normalized.Split(' ').Length)}";
    }

    private static string FastPath(ITextNormalizer normalizer, string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        var destination = new byte[bytes.Length];
        var written = Utf8TextNormalizer.For(normalizer)!.Normalize(bytes, destination, out var words);
        return $"{Encoding.ASCII.GetString(destination, 0, written)}|{words}";
    }

    /// <summary>As the line parser does: each text by the fast path when it takes it, else decoded.</summary>
    private static TextScore ScoreFromBytes(string reference, string hypothesis, string[] entities, string[] partials, ITextNormalizer normalizer)
    {
        var scorer = new UtteranceScorer(normalizer);
        scorer.Reset();
        void Add(TextKind kind, string text)
        {
            if (!scorer.TryAdd(kind, Encoding.UTF8.GetBytes(text)))
            {
                scorer.Add(kind, text);
            }
        }

        Add(TextKind.Reference, reference);
        Add(TextKind.Hypothesis, hypothesis);
        foreach (var entity in entities)
        {
            Add(TextKind.Entity, entity);
        }

        scorer.BeginPartials();
        foreach (var partial in partials)
        {
            Add(TextKind.Partial, partial);
        }

        scorer.Score(out var score);
        return score;
    }

    private sealed class UpperCaseNormalizer : ITextNormalizer
    {
        public string Name => "upper";

        public string Identity => "upper/1";

        public int Normalize(ReadOnlySpan<char> text, Span<char> destination) =>
            text.ToUpperInvariant(destination);
    }
}
