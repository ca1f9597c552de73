using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;
using static ReleaseGates.Parquet.Tests.Fixtures;

namespace ReleaseGates.Parquet.Tests;

/// <summary>A Parquet file is read in runs of row groups, each on a thread of its own, rows numbered as in the whole file.</summary>
public sealed class ParquetPiecesTests
{
    [Fact]
    public void A_file_is_cut_at_row_groups_with_the_rows_before_each()
    {
        var pieces = ParquetUtteranceReader.Pieces(PathOf("baseline.parquet"), 3, pieceRows: 1);

        Assert.Equal([new FilePiece(3, 0, 1, 0, 150), new FilePiece(3, 1, 2, 150, 150), new FilePiece(3, 2, 3, 300, 100)], pieces);
        Assert.Equal([new FilePiece(3, 0, 2, 0, 300), new FilePiece(3, 2, 3, 300, 100)], ParquetUtteranceReader.Pieces(PathOf("baseline.parquet"), 3, pieceRows: 151));
        Assert.Equal([FilePiece.Whole(3)], ParquetUtteranceReader.Pieces(PathOf("baseline.parquet"), 3, pieceRows: 400));
        Assert.Equal([FilePiece.Whole(0)], ParquetUtteranceReader.Pieces(PathOf("missing.parquet"), 0, pieceRows: 1));
    }

    [Fact]
    public void Pieces_read_one_by_one_give_the_rows_of_the_whole_file()
    {
        var file = PathOf("baseline.parquet");
        var (whole, wholeBytes) = ReadPiece(file, FilePiece.Whole(0));

        var pieces = ParquetUtteranceReader.Pieces(file, 0, pieceRows: 1).Select(piece => ReadPiece(file, piece)).ToList();

        Assert.Equal(3, pieces.Count);
        Assert.Equal(Rows(whole), pieces.SelectMany(piece => Rows(piece.Shard)));
        Assert.Equal(new FileInfo(file).Length, wholeBytes);
        Assert.Equal(new FileInfo(file).Length, pieces.Sum(piece => piece.Bytes)); // the progress display reaches the file's size
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
