using Parquet;
using ReleaseGates.Engine.Utterances;
using ReleaseGates.Parquet.Chunks;

namespace ReleaseGates.Parquet;

/// <summary>
/// Cuts a Parquet file into the pieces the engine reads on threads of their own: runs of whole row groups, and a row
/// group large beside the file (pyarrow and pandas write up to 1,048,576 rows, Spark 128 MB, in one) cut into runs of
/// its rows, so that one large row group does not leave all cores but one idle. <see cref="FilePiece.Start"/> and
/// <see cref="FilePiece.End"/> count rows of the file; a piece that starts inside a row group passes its first rows by.
/// </summary>
internal static class ParquetPieces
{
    /// <summary>Rows a piece should have at least: a row group of DuckDB's default size is a piece of its own; small
    /// row groups are read together, so that a piece's set-up is small beside its rows.</summary>
    public const long PieceRows = 65_536;

    private readonly record struct RowGroupShape(long Rows, int Parts);

    /// <param name="file">The file.</param>
    /// <param name="fileIndex">Its place in reading order.</param>
    /// <param name="cores">The threads that read the pieces: a row group is cut in at most this many.</param>
    /// <param name="pieceRows">Rows a piece should have at least (tests make it small to cut small files).</param>
    public static IReadOnlyList<FilePiece> Of(string file, int fileIndex, int cores, long pieceRows = PieceRows)
    {
        RowGroupShape[] groups;
        try
        {
            using var reading = Pooled.BeginReading();
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.RandomAccess);
            groups = Shapes(stream, file, cores, pieceRows).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [FilePiece.Whole(fileIndex)]; // reading it whole says what is wrong
        }

        var pieces = new List<FilePiece>();
        var (runStart, runRows, first) = (0L, 0L, 0L);
        foreach (var group in groups)
        {
            if (group.Parts > 1)
            {
                Flush();
                for (var part = 0; part < group.Parts; part++)
                {
                    var start = first + (group.Rows * part / group.Parts);
                    var end = first + (group.Rows * (part + 1) / group.Parts);
                    pieces.Add(Piece(start, end));
                }
            }
            else if ((runRows += group.Rows) >= pieceRows)
            {
                Flush();
            }

            first += group.Rows;
            if (runRows == 0)
            {
                runStart = first;
            }
        }

        Flush();
        return pieces.Count > 1 ? pieces : [FilePiece.Whole(fileIndex)];

        void Flush()
        {
            if (runRows > 0)
            {
                pieces.Add(Piece(runStart, runStart + runRows));
            }

            runRows = 0;
        }

        FilePiece Piece(long start, long end) => new(fileIndex, start, end, checked((int)start), checked((int)(end - start)));
    }

    private static async Task<RowGroupShape[]> Shapes(FileStream stream, string file, int cores, long pieceRows)
    {
        var reader = await ParquetReader.CreateAsync(stream, ParquetUtteranceReader.Options, leaveStreamOpen: true).ConfigureAwait(false);
        await using var disposing = reader.ConfigureAwait(false);
        var rows = reader.Metadata!.RowGroups.Select(group => group.NumRows).ToArray();

        // Several pieces a core, as for JSON Lines, so that one slow piece does not leave a core idle at the end, and a
        // piece's rows (what a core holds while it reads them) are as many as a JSON Lines piece's.
        var partRows = Math.Max(pieceRows, rows.Sum() / (4L * cores));
        var columns = new Lazy<UtteranceColumns>(() => UtteranceColumns.From(reader.Schema, file));
        return rows.Select((count, index) =>
        {
            // Rounded, not floored: polars writes row groups of about 262,144 rows, the last smaller (211,856 of a million
            // rows), which as one piece beside pieces of 131,000 was read by one core alone at the end.
            var parts = (int)Math.Min((count + (partRows / 2)) / partRows, int.MaxValue);
            if (parts < 2)
            {
                return new RowGroupShape(count, 1);
            }

            // Chunks of many pages (arrow-rs and pyarrow write pages of 20,000 rows, polars of about 1 MB) are passed by
            // page by page, so their row group is cut as finely as a JSON Lines file. A piece walks the rows before its
            // own in the page it starts in: where a chunk is one page (DuckDB, Parquet.Net), that is up to the whole row
            // group before it, so such a row group is cut only once a core, and only when it holds two pieces' rows.
            var pages = FewestPages(reader, index, columns.Value, stream);
            return new RowGroupShape(count, pages >= parts ? parts : pages > 0 && count / partRows >= 2 ? Math.Min(cores, parts) : 1);
        }).ToArray();
    }

    /// <summary>
    /// The fewest data pages of a string column's chunk in row group <paramref name="index"/>, or 0 when one of them
    /// is not a chunk <see cref="ColumnChunk"/> reads. A chunk left to Parquet.Net would be read whole, and held whole,
    /// by every piece of its row group: such a row group is not cut.
    /// </summary>
    private static int FewestPages(ParquetReader reader, int index, UtteranceColumns columns, FileStream stream)
    {
        var group = reader.OpenRowGroupReader(index);
        var chunk = new ColumnChunk();
        try
        {
            var fewest = int.MaxValue;
            foreach (var column in columns.StringColumns())
            {
                if (group.GetMetadata(column)?.MetaData is not { } metadata
                    || !chunk.TryRead(stream.SafeFileHandle, metadata, column.MaxDefinitionLevel, column.MaxRepetitionLevel))
                {
                    return 0;
                }

                fewest = Math.Min(fewest, chunk.DataPageCount);
            }

            return fewest;
        }
        finally
        {
            chunk.Return();
        }
    }
}
