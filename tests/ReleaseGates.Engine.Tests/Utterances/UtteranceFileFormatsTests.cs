using ReleaseGates.Engine.Utterances;
using static ReleaseGates.Engine.Tests.Utterances.UtteranceCorpus;

namespace ReleaseGates.Engine.Tests.Utterances;

/// <summary>The engine carries no Parquet library: a host registers a reader, and without one a Parquet file is an
/// invalid input that says so, never read as JSON Lines.</summary>
public sealed class UtteranceFileFormatsTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_Parquet_file_without_a_registered_reader_is_invalid_input_that_says_what_to_do()
    {
        _workspace.Write("eval/u.parquet", Lines(Utterance("a", "x", "x")));

        var error = ReadError(_workspace, "eval/u.parquet");

        Assert.Equal((_workspace.PathOf("eval/u.parquet"), 0), (error.FilePath, error.Line));
        Assert.StartsWith("This is a Parquet file, and this program has no Parquet reader", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eval/u.parquet", true)]
    [InlineData("eval/U.PARQUET", true)]
    [InlineData("eval/u.jsonl", false)]
    [InlineData("eval/parquet.jsonl", false)]
    public void Parquet_files_are_known_by_their_extension(string file, bool parquet)
    {
        Assert.Equal(parquet, UtteranceFileFormats.IsParquet(file));
        Assert.Equal(parquet ? "row" : "line", UtteranceFileFormats.PositionName(file));
    }
}
