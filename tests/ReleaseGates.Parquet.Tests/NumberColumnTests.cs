using Parquet;
using Parquet.Schema;
using static ReleaseGates.Parquet.Tests.Fixtures;

namespace ReleaseGates.Parquet.Tests;

/// <summary>Number columns decoded by our own chunk reader give, row by row, exactly the doubles Parquet.Net's values
/// give: every integer width signed and unsigned, floats, PLAIN and dictionary pages, nulls, v1 and v2 pages, each
/// codec; booleans and decimals stay with Parquet.Net.</summary>
public sealed class NumberColumnTests
{
    [Theory]
    [InlineData("measure-types.parquet", Layout.DuckDbV1)]
    [InlineData("baseline.parquet", Layout.DuckDbV1)]
    [InlineData("canary.parquet", Layout.DuckDbV1)]
    [InlineData("baseline-gzip.parquet", Layout.DuckDbV1)]
    [InlineData("baseline-uncompressed.parquet", Layout.DuckDbV1)]
    [InlineData("baseline-v2.parquet", Layout.DeltaEncoded)]
    [InlineData("pages-v2.parquet", Layout.Parquetjs)]
    [InlineData("pages-split-rows.parquet", Layout.Parquetjs)]
    public async Task Own_decoding_gives_the_numbers_Parquet_Net_gives(string file, Layout layout)
    {
        await using var reader = await ParquetReader.CreateAsync(PathOf(file));
        using var handle = File.OpenHandle(PathOf(file));
        var columns = UtteranceColumns.From(reader.Schema, file);
        var fields = new[] { columns.FirstPartialMsColumn, columns.FinalMsColumn }.OfType<DataField>()
            .Concat(columns.MeasureColumns.Select(m => m.Column))
            .ToArray();
        Assert.NotEmpty(fields);

        var ownRead = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            foreach (var field in fields)
            {
                var own = new NumberColumn(field, field.Name);
                var library = new NumberColumn(field, field.Name);
                await own.ReadAsync(group, handle);
                await library.ReadAsync(group, null);

                Assert.False(library.ReadOwnChunk);
                Assert.Equal(library.Rows.ToArray(), own.Rows.ToArray());
                Assert.Equal(group.RowCount, own.Rows.Length);
                if (layout == Layout.DuckDbV1)
                {
                    // PLAIN or dictionary pages, which our reader takes for every number but these.
                    Assert.Equal(field.ClrType != typeof(bool) && field.ClrType != typeof(decimal), own.ReadOwnChunk);
                }

                ownRead += own.ReadOwnChunk ? 1 : 0;
                own.Return();
            }
        }

        // DuckDB's v2 numbers are DELTA_BINARY_PACKED or BYTE_STREAM_SPLIT: all left to Parquet.Net.
        Assert.Equal(layout != Layout.DeltaEncoded, ownRead > 0);
    }

    [Theory]
    [InlineData("pages-v2.parquet", true)] // v2 pages of 16 rows
    [InlineData("pages-split-rows.parquet", true)] // v1 pages of 7 rows
    [InlineData("baseline.parquet", false)] // one page a chunk: read from the row group's first row
    public async Task A_piece_reads_the_numbers_of_its_rows_from_the_page_that_holds_its_first(string file, bool manyPages)
    {
        await using var reader = await ParquetReader.CreateAsync(PathOf(file));
        using var handle = File.OpenHandle(PathOf(file));
        var field = UtteranceColumns.From(reader.Schema, file).FinalMsColumn!;
        var group = reader.OpenRowGroupReader(0);
        var rows = (int)group.RowCount;
        var whole = new NumberColumn(field, field.Name);
        await whole.ReadAsync(group, handle);

        foreach (var (from, to) in new[] { (0, 1), (1, rows / 3), (rows / 3, rows / 2), (rows / 2, rows) })
        {
            var piece = new NumberColumn(field, field.Name);
            await piece.ReadAsync(group, handle, from, to);

            Assert.True(piece.ReadOwnChunk);
            Assert.InRange(piece.FirstRow, 0, from);
            Assert.True(!manyPages || from - piece.FirstRow < 16, $"rows {from} to {to} read from {piece.FirstRow}");
            Assert.Equal(whole.Rows[from..to].ToArray(), Enumerable.Range(from, to - from).Select(piece.Row));
            Assert.Equal(to - piece.FirstRow, piece.Rows.Length); // and nothing after the piece's last
        }
    }

    [Fact]
    public async Task Integers_keep_their_width_and_sign()
    {
        await using var reader = await ParquetReader.CreateAsync(PathOf("measure-types.parquet"));
        using var handle = File.OpenHandle(PathOf("measure-types.parquet"));
        var group = reader.OpenRowGroupReader(0);
        var measures = UtteranceColumns.From(reader.Schema, "measure-types.parquet").MeasureColumns.ToDictionary(m => m.Column.Name, m => m.Column);

        double Row(string name, int row)
        {
            var column = new NumberColumn(measures[name], name);
            column.ReadAsync(group, handle).AsTask().GetAwaiter().GetResult();
            Assert.True(column.ReadOwnChunk);
            return column.Rows[row];
        }

        Assert.Equal(-1, Row("int8", 299)); // 299 % 200 - 100
        Assert.Equal((299 * 97) - 15000, Row("int16", 299));
        Assert.Equal(299 % 250, Row("uint8", 299));
        Assert.Equal(299 * 211, Row("uint16", 299));
        Assert.Equal(4_000_000_299d, Row("uint32", 299));
        Assert.Equal(18_000_000_000_000_299_000d, Row("uint64", 299));
        Assert.Equal(2_000_000_000_000d, Row("int64", 299)); // 299 % 3 = 2, dictionary-encoded
        Assert.True(double.IsNaN(Row("int64", 295))); // null
        Assert.Equal((double)(float)(299 / 7d), Row("float32", 299));
    }

    public enum Layout
    {
        DuckDbV1,
        DeltaEncoded,
        Parquetjs,
    }
}
