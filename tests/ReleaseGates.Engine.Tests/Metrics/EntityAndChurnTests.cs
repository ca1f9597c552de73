using static ReleaseGates.Engine.Tests.Metrics.WordScoring;

namespace ReleaseGates.Engine.Tests.Metrics;

public sealed class EntityAndChurnTests
{
    [Theory]
    [InlineData("start metformin 500 mg", "metformin", 0)]
    [InlineData("start met forming 500 mg", "metformin", 1)]
    [InlineData("take metformin", "met", 1)] // whole words only, not a substring
    [InlineData("500 mg daily", "500 mg", 0)] // a multi-word entity, contiguous
    [InlineData("500 daily mg", "500 mg", 1)] // not contiguous
    [InlineData("mg 500", "500 mg", 1)] // out of order
    [InlineData("Take METFORMIN.", "metformin", 0)] // both sides normalised
    [InlineData("anything", "...", 0)] // no words at all: found (the empty sequence is in every hypothesis)
    public void An_entity_is_missed_when_its_words_do_not_appear_contiguously_in_the_hypothesis(string hypothesis, string entity, int misses)
    {
        var score = Score("reference text", hypothesis, entities: [entity]);

        Assert.Equal((1, misses), (score.Entities, score.EntityMisses));
    }

    [Fact]
    public void Partials_that_only_grow_have_no_churn()
    {
        var score = Score("x", "start met forming 500 mg", partials: ["start", "start met", "start met forming"]);

        Assert.Equal((0, 5), (score.Erasures, score.ChurnWords));
    }

    [Fact]
    public void Churn_counts_the_words_each_output_takes_back_from_the_one_before()
    {
        // "start met" -> "start metformin" takes back 1 word; "start metformin 500" -> final "start metformin five hundred" takes back 1.
        var score = Score("x", "start metformin five hundred", partials: ["start met", "start metformin 500"]);

        Assert.Equal((2, 4), (score.Erasures, score.ChurnWords));
    }

    [Fact]
    public void A_final_hypothesis_that_drops_a_partial_entirely_takes_back_all_its_words()
    {
        var score = Score("x", "", partials: ["uh huh"]);

        Assert.Equal((2, 0), (score.Erasures, score.ChurnWords));
    }

    [Fact]
    public void Without_partials_there_is_no_churn_figure()
    {
        Assert.Equal(-1, Score("x", "y").ChurnWords);
    }

    [Fact]
    public void Entity_search_and_churn_match_a_plain_word_list_computation()
    {
        // The scorer compares padded texts character by character; check it against lists of words.
        var random = new Random(21);
        for (var trial = 0; trial < 500; trial++)
        {
            var hypothesis = RandomWords(random, random.Next(0, 8));
            var entity = RandomWords(random, random.Next(1, 3));
            var partials = Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomWords(random, random.Next(0, 6))).ToArray();

            var score = Score("x", string.Join(' ', hypothesis), entities: [string.Join(' ', entity)], partials: partials.Select(p => string.Join(' ', p)).ToArray());

            var expectedErasures = partials.Append(hypothesis).Zip(partials.Append(hypothesis).Skip(1), (earlier, later) => earlier.Length - CommonPrefix(earlier, later)).Sum();
            Assert.Equal(expectedErasures, score.Erasures);
            Assert.Equal(Contains(hypothesis, entity) ? 0 : 1, score.EntityMisses);
        }
    }

    private static string[] RandomWords(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => new[] { "a", "ab", "b", "ba" }[random.Next(4)]).ToArray();

    private static int CommonPrefix(string[] a, string[] b) => a.Zip(b).TakeWhile(pair => pair.First == pair.Second).Count();

    private static bool Contains(string[] words, string[] sequence) =>
        Enumerable.Range(0, Math.Max(0, words.Length - sequence.Length + 1)).Any(start => words.Skip(start).Take(sequence.Length).SequenceEqual(sequence));
}
