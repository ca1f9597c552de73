using ReleaseGates.Engine.Metrics;
using static ReleaseGates.Engine.Tests.Metrics.WordScoring;

namespace ReleaseGates.Engine.Tests.Metrics;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("START Metformin", "start metformin")] // lower-case
    [InlineData("ÉCOLE Ünïcode", "école ünïcode")]
    [InlineData("don't stop, start-up!", "dont stop startup")] // punctuation removed, not replaced by a space
    [InlineData("«quoted» \u201Ctext\u201D \u3002", "quoted text")] // Unicode punctuation too
    [InlineData("$5 + 3 = 8", "$5 + 3 = 8")] // symbols are not punctuation
    [InlineData("a\tb\nc\u00A0d", "a b c d")] // every whitespace becomes a space
    [InlineData("a\u001Fb", "a b")] // as in Python's str.split(), the information separators too
    [InlineData("\u0130stanbul", "i\u0307stanbul")] // the one lower case of two characters, as Python's str.lower()
    [InlineData("\U00010400\U0001E95E x", "\U00010428 x")] // beyond U+FFFF: Deseret lower-cased, Adlam punctuation removed
    [InlineData("a\uFFFFb", "a\uFFFFb")] // a noncharacter is kept like any other
    public void The_standard_normaliser_lower_cases_and_removes_punctuation(string text, string expected)
    {
        Assert.Equal(expected, Normalize(StandardTextNormalizer.Instance, text));
    }

    [Fact]
    public void Long_texts_normalise_exactly_as_defined_whatever_their_characters()
    {
        // Plain ASCII runs take a vectorised path: check it against the definition, character by character.
        const string alphabet = "abcXYZ019  \t.,'-!?$+\u00C9\u00E9\u00AB\u00A0\u3002\u0130";
        var random = new Random(8);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var plain = trial % 2 == 0;
            var text = new string(Enumerable.Range(0, random.Next(0, 120))
                .Select(_ => plain && random.Next(20) > 0 ? "abcdefgh ABC 123"[random.Next(16)] : alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(Definition(text), Normalize(StandardTextNormalizer.Instance, text));
        }
    }

    private static string Definition(string text)
    {
        var kept = text.Where(c => !char.IsPunctuation(c)).Select(c => char.IsWhiteSpace(c) ? " " : c == '\u0130' ? "i\u0307" : char.ToLowerInvariant(c).ToString());
        return string.Join(' ', string.Concat(kept).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Runs_of_whitespace_do_not_make_empty_words()
    {
        Assert.Equal(3, Score("  one \t two\n\nthree  ", "one two three").ReferenceWords);
        Assert.Equal(0, Score("one two three", " one  two   three ").Edits);
    }

    [Fact]
    public void None_keeps_the_text_as_given_but_splits_on_whitespace()
    {
        Assert.Equal("Hello, World!", Normalize(VerbatimTextNormalizer.Instance, "Hello,\tWorld!"));
        Assert.Equal(2, Score("Hello, World!", "Hello, World!", normalizer: VerbatimTextNormalizer.Instance).ReferenceWords);
    }

    [Theory]
    [InlineData("standard", typeof(StandardTextNormalizer))]
    [InlineData("none", typeof(VerbatimTextNormalizer))]
    public void Normalisers_are_chosen_by_name(string name, Type expected)
    {
        Assert.True(TextNormalizers.TryGet(name, out var normalizer));
        Assert.IsType(expected, normalizer);
        Assert.Equal(name, normalizer.Name);
    }

    [Fact]
    public void An_unknown_normaliser_name_is_not_found()
    {
        Assert.False(TextNormalizers.TryGet("lowercase", out _));
    }
}
