using ReleaseGates.Engine.Metrics;
using static ReleaseGates.Engine.Tests.Metrics.WordScoring;

namespace ReleaseGates.Engine.Tests.Metrics;

public sealed class WordEditDistanceTests
{
    [Theory]
    [InlineData("a b c", "a b c", 0)]
    [InlineData("a b c", "a x b y c z", 3)] // insertions only
    [InlineData("a b c d e", "b d", 3)] // deletions only
    [InlineData("a b c", "x b y", 2)] // substitutions only
    [InlineData("a b c d", "", 4)] // empty hypothesis: every reference word deleted
    [InlineData("", "a b", 2)] // empty reference: every hypothesis word inserted
    [InlineData("", "", 0)]
    [InlineData("start metformin 500 mg", "start met forming 500 mg", 2)] // one substitution, one insertion
    [InlineData("the cat sat on the mat", "cat sat on the mat the", 2)] // a moved word costs a deletion and an insertion
    public void The_distance_is_the_fewest_substitutions_deletions_and_insertions(string reference, string hypothesis, int edits)
    {
        Assert.Equal(edits, Edits(reference, hypothesis));
    }

    [Theory]
    [InlineData("Hello, World!", "hello world")]
    [InlineData("Dr. O'Neil's   start-up", "dr oneils startup")]
    [InlineData("\u201CQuoted\u201D \u00ABtext\u00BB.", "quoted text")]
    public void Punctuation_and_case_do_not_count_after_normalisation(string reference, string hypothesis)
    {
        Assert.Equal(0, Edits(reference, hypothesis));
    }

    [Fact]
    public void Without_normalisation_punctuation_and_case_count()
    {
        Assert.Equal(2, Score("Hello, World!", "hello world", normalizer: VerbatimTextNormalizer.Instance).Edits);
    }

    [Fact]
    public void A_text_against_itself_has_no_edits()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 200; trial++)
        {
            var text = RandomWords(random, random.Next(0, 30));
            Assert.Equal(0, Edits(text, text));
        }
    }

    [Fact]
    public void A_worse_hypothesis_never_lowers_the_edit_count()
    {
        var random = new Random(12);
        for (var trial = 0; trial < 500; trial++)
        {
            var reference = RandomWords(random, random.Next(1, 20));
            var hypothesis = RandomWords(random, random.Next(0, 20)).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var before = Edits(reference, string.Join(' ', hypothesis));

            // Worse: a word no reference has, inserted or in place of a word.
            var at = random.Next(hypothesis.Count + 1);
            if (at < hypothesis.Count && random.Next(2) == 0)
            {
                hypothesis[at] = "zzz";
            }
            else
            {
                hypothesis.Insert(at, "zzz");
            }

            Assert.True(Edits(reference, string.Join(' ', hypothesis)) >= before);
        }
    }

    [Fact]
    public void The_distance_matches_the_full_dynamic_programming_table()
    {
        // The implementation trims shared prefixes and suffixes and keeps one row: check it against the textbook table.
        var random = new Random(13);
        for (var trial = 0; trial < 500; trial++)
        {
            var reference = RandomWords(random, random.Next(0, 12), vocabulary: 4);
            var hypothesis = RandomWords(random, random.Next(0, 12), vocabulary: 4);
            Assert.Equal(TextbookDistance(Split(reference), Split(hypothesis)), Edits(reference, hypothesis));
        }
    }

    [Fact]
    public void Long_utterances_on_both_sides_of_64_words_match_the_full_table()
    {
        // Up to 64 words the distance is computed bit-parallel in one machine word; beyond, row by row.
        var random = new Random(14);
        for (var trial = 0; trial < 200; trial++)
        {
            var reference = RandomWords(random, random.Next(55, 80), vocabulary: 6);
            var hypothesis = RandomWords(random, random.Next(55, 80), vocabulary: 6);
            Assert.Equal(TextbookDistance(Split(reference), Split(hypothesis)), Edits(reference, hypothesis));
        }
    }

    [Theory]
    [InlineData("internationalization today", "internationalisation today", 1)] // the same first 8 bytes and length
    [InlineData("abcdefgh abcdefghi", "abcdefgh abcdefgh", 1)]
    [InlineData("Abcdefghijklmnop x", "abcdefghijklmnop x", 0)]
    [InlineData("caf\u00E9 caf\u00E9s cafe", "cafe caf\u00E9 caf\u00E9s", 2)] // bytes of other scripts too
    public void Words_are_compared_whole_whatever_their_length(string reference, string hypothesis, int edits)
    {
        // A word of up to 8 bytes is told apart by those bytes read as one number; a longer one by all of its bytes.
        Assert.Equal(edits, Edits(reference, hypothesis));
    }

    [Fact]
    public void Words_of_any_length_sharing_long_prefixes_match_the_full_table()
    {
        var random = new Random(15);
        string Word() => new string('x', random.Next(0, 12)) + "yz"[random.Next(2)] + new string('x', random.Next(0, 3));
        for (var trial = 0; trial < 300; trial++)
        {
            var reference = string.Join(' ', Enumerable.Range(0, random.Next(0, 14)).Select(_ => Word()));
            var hypothesis = string.Join(' ', Enumerable.Range(0, random.Next(0, 14)).Select(_ => Word()));
            Assert.Equal(TextbookDistance(Split(reference), Split(hypothesis)), Edits(reference, hypothesis));
        }
    }

    private static string[] Split(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static int TextbookDistance(string[] reference, string[] hypothesis)
    {
        var table = new int[reference.Length + 1, hypothesis.Length + 1];
        for (var i = 0; i <= reference.Length; i++)
        {
            for (var j = 0; j <= hypothesis.Length; j++)
            {
                table[i, j] = i == 0 ? j : j == 0 ? i : Math.Min(
                    table[i - 1, j - 1] + (reference[i - 1] == hypothesis[j - 1] ? 0 : 1),
                    Math.Min(table[i - 1, j], table[i, j - 1]) + 1);
            }
        }

        return table[reference.Length, hypothesis.Length];
    }

    private static string RandomWords(Random random, int count, int vocabulary = 8) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => "w" + random.Next(vocabulary)));
}
