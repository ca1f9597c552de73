using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;
using static ReleaseGates.Parquet.Tests.Fixtures;

namespace ReleaseGates.Parquet.Tests;

/// <summary>A Parquet file is read in runs of rows, each on a thread of its own, rows numbered as in the whole file.</summary>
public sealed class ParquetPiecesTests
{
    [Fact]
    public void A_file_is_cut_at_row_groups_with_the_rows_before_each()
    {
        var pieces = ParquetPieces.Of(PathOf("baseline.parquet"), 3, cores: 1, pieceRows: 1);

        Assert.Equal([new FilePiece(3, 0, 150, 0, 150), new FilePiece(3, 150, 300, 150, 150), new FilePiece(3, 300, 400, 300, 100)], pieces);
        Assert.Equal([new FilePiece(3, 0, 300, 0, 300), new FilePiece(3, 300, 400, 300, 100)], ParquetPieces.Of(PathOf("baseline.parquet"), 3, cores: 1, pieceRows: 151));
        Assert.Equal([FilePiece.Whole(3)], ParquetPieces.Of(PathOf("baseline.parquet"), 3, cores: 1, pieceRows: 400));
        Assert.Equal([FilePiece.Whole(0)], ParquetPieces.Of(PathOf("missing.parquet"), 0, cores: 1, pieceRows: 1));
    }

    [Fact]
    public void Pieces_read_one_by_one_give_the_rows_of_the_whole_file()
    {
        var file = PathOf("baseline.parquet");
        var (whole, wholeBytes) = ReadPiece(file, FilePiece.Whole(0));

        var pieces = ParquetPieces.Of(file, 0, cores: 1, pieceRows: 1).Select(piece => ReadPiece(file, piece)).ToList();

        Assert.Equal(3, pieces.Count);
        Assert.Equal(Rows(whole), pieces.SelectMany(piece => Rows(piece.Shard)));
        Assert.Equal(new FileInfo(file).Length, wholeBytes);
        Assert.Equal(new FileInfo(file).Length, pieces.Sum(piece => piece.Bytes)); // the progress display reaches the file's size
    }

    [Theory]
    [InlineData("pages-v2.parquet", 13)] // v2 pages of 16 rows: a piece passes whole pages of the texts by unread
    [InlineData("pages-split-rows.parquet", 13)] // v1 pages of 7 rows, lists that go on into the next page
    [InlineData("baseline.parquet", 9)] // one page a chunk: a piece walks the rows before its own
    public void A_row_group_of_many_pages_is_cut_into_runs_of_its_rows_read_as_the_whole_file_is(string name, int expectedPieces)
    {
        var file = PathOf(name);
        var (whole, _) = ReadPiece(file, FilePiece.Whole(0));

        var cut = ParquetPieces.Of(file, 0, cores: 3, pieceRows: 1);
        var pieces = cut.Select(piece => ReadPiece(file, piece)).ToList();

        // Row groups of 150, 150 and 100 rows, pieces of 400 / (4 x 3) = 33 rows: 5, 5 and 3 pieces where chunks are
        // many pages (150 / 33 rounded); one a core (3) where each is one page.
        Assert.Equal(expectedPieces, cut.Count);
        Assert.Equal(whole.Count, cut[^1].End);
        Assert.All(cut.Skip(1), piece => Assert.True(piece.Start > 0 && piece.LinesBefore == piece.Start));
        Assert.Equal(Rows(whole), pieces.SelectMany(piece => Rows(piece.Shard)));
        Assert.Equal(new FileInfo(file).Length, pieces.Sum(piece => piece.Bytes));
    }

    [Fact]
    public void A_row_group_half_again_as_large_as_a_piece_is_cut_in_two()
    {
        // One core, pieces of 400 / 4 = 100 rows: the row groups of 150 rows are cut in two (polars writes row groups of
        // about 262,144 rows against pieces of 125,000 at a million rows on two cores; left whole, the last was read
        // by one core alone at the end), the one of 100 rows is a piece of its own.
        var pieces = ParquetPieces.Of(PathOf("pages-v2.parquet"), 0, cores: 1, pieceRows: 1);

        Assert.Equal([0L, 75, 150, 225, 300], pieces.Select(piece => piece.Start));

        // Where each chunk is one page, the second half's piece would decompress the first half again: not cut.
        Assert.Equal([0L, 150, 300], ParquetPieces.Of(PathOf("baseline.parquet"), 0, cores: 1, pieceRows: 1).Select(piece => piece.Start));
    }

    [Fact]
    public void A_row_group_whose_columns_are_one_page_each_is_cut_and_read_as_the_whole_file_is()
    {
        // DuckDB's layout: a piece reads each page as far as its rows (a large one streams), passing the rows before by.
        var file = PathOf("baseline.parquet");
        var (whole, _) = ReadPiece(file, FilePiece.Whole(0));

        var cut = ParquetPieces.Of(file, 0, cores: 2, pieceRows: 1);

        Assert.Equal([0L, 75, 150, 225, 300, 350], cut.Select(piece => piece.Start));
        Assert.Equal(Rows(whole), cut.Select(piece => ReadPiece(file, piece)).SelectMany(piece => Rows(piece.Shard)));
    }

    [Fact]
    public void A_row_group_with_a_string_chunk_read_by_Parquet_Net_is_not_cut()
    {
        // Delta-encoded strings (DuckDB's PARQUET_VERSION V2) are read whole by Parquet.Net: every piece would hold them.
        var pieces = ParquetPieces.Of(PathOf("baseline-v2.parquet"), 0, cores: 2, pieceRows: 1);

        Assert.Equal([0L, 150, 300], pieces.Select(piece => piece.Start));
    }

    private static (UtteranceShard Shard, long Bytes) ReadPiece(string file, FilePiece piece)
    {
        var shard = new UtteranceShard(piece.FileIndex, keepDigests: false);
        long bytes = 0;
        ParquetUtteranceReader.Instance.Read(file, piece, UtteranceFormat.Lines, new UtteranceBuilder(StandardTextNormalizer.Instance, digests: false), shard, read => bytes += read);
        return (shard, bytes);
    }

    private static IEnumerable<(string Id, int Row, int Edits, int Words, int Erasures)> Rows(UtteranceShard shard) =>
        Enumerable.Range(0, shard.Count).Select(i => (shard.Ids.GetString(i), shard.Records[i].Line, shard.Records[i].Score.Edits, shard.Records[i].Score.ReferenceWords, shard.Records[i].Score.Erasures));
}
