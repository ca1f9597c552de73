using ReleaseGates.Analyzers.Privacy;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>The stem test that the name heuristics ask of every declared name: the same answer as a search stem by stem.</summary>
public sealed class StemSetTests
{
    private static readonly string[] Stems = ["transcri", "asr", "stt", "mp3", "said", "recogni"];

    [Theory]
    [InlineData("RecognizedText")]
    [InlineData("m_TRANSCRIPT")]
    [InlineData("lastAsr")]
    [InlineData("MP3Frame")]
    [InlineData("sai")]
    [InlineData("Logger")]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("ſaid")]
    [InlineData("Übersetzung_transcript")]
    [InlineData("transcrı")]
    public void An_identifier_holds_a_stem_in_any_case_as_a_search_stem_by_stem_says(string identifier) =>
        Assert.Equal(SearchStemByStem(identifier), new StemSet(Stems).IsIn(identifier));

    [Fact]
    public void Random_identifiers_get_the_answer_of_a_search_stem_by_stem()
    {
        var random = new Random(11);
        const string Letters = "aAsSrRtTiIdDcCeE3mMpP_ſıK";
        var set = new StemSet(Stems);
        for (var i = 0; i < 20_000; i++)
        {
            var identifier = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());
            Assert.True(SearchStemByStem(identifier) == set.IsIn(identifier), identifier);
        }
    }

    private static bool SearchStemByStem(string identifier) =>
        Stems.Any(stem => identifier.Contains(stem, StringComparison.OrdinalIgnoreCase));
}
