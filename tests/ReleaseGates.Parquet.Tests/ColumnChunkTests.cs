using Parquet;
using Parquet.Schema;
using ReleaseGates.Parquet.Chunks;
using static ReleaseGates.Parquet.Tests.Fixtures;

namespace ReleaseGates.Parquet.Tests;

/// <summary>Our reader of string column chunks gives what Parquet.Net gives, value for value and level for level, on
/// every string column of every fixture; it reads the chunks of the codecs and encodings it knows, and leaves the
/// others whole to Parquet.Net.</summary>
public sealed class ColumnChunkTests
{
    public static TheoryData<string, string> StringColumns()
    {
        var columns = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.parquet").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file) == "truncated.parquet")
            {
                continue; // no footer, no columns
            }

            var reader = ParquetReader.CreateAsync(file).GetAwaiter().GetResult();
            foreach (var field in reader.Schema.Fields.Where(f => ParquetTypes.IsString(f) || ParquetTypes.StringItems(f) is not null))
            {
                // Parquet.Net cannot read a list in v2 pages: those are checked against their JSON Lines twin instead.
                if (Path.GetFileName(file) != "pages-v2.parquet" || field is not ListField)
                {
                    columns.Add(Path.GetFileName(file), field.Name);
                }
            }

            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return columns;
    }

    [Theory]
    [MemberData(nameof(StringColumns))]
    public async Task Our_reader_and_Parquet_Net_give_the_same_values_and_levels(string file, string name)
    {
        var (ours, library) = (await ReadAsync(file, name, ours: true), await ReadAsync(file, name, ours: false));

        Assert.Equal(library, ours);
        Assert.NotEmpty(ours);
    }

    [Theory]
    [MemberData(nameof(StringColumns))]
    public async Task Pages_decompressed_as_their_values_are_read_give_the_same_values_and_levels(string file, string name)
    {
        // Windows far smaller than the fixtures' pages: every PLAIN page of strings streams, through refills of the
        // window and of the compressed bytes, grown windows and (with a short history) Snappy pages decoded whole after all.
        var library = await ReadAsync(file, name, ours: false);

        Assert.Equal(library, await ReadAsync(file, name, ours: true, () => new ColumnChunk(windowCapacity: 100, windowHistory: 1 << 16, inputChunk: 41)));
        Assert.Equal(library, await ReadAsync(file, name, ours: true, () => new ColumnChunk(windowCapacity: 100, windowHistory: 24)));
    }

    [Theory]
    [InlineData("baseline.parquet")] // snappy
    [InlineData("canary.parquet")] // zstd
    [InlineData("baseline-gzip.parquet")]
    [InlineData("baseline-uncompressed.parquet")]
    [InlineData("pages-v2.parquet")]
    public async Task Plain_string_pages_larger_than_the_window_are_streamed(string file)
    {
        var chunk = new ColumnChunk(windowCapacity: 100, windowHistory: 1 << 16);
        await ReadAsync(file, UtteranceColumns.Reference, ours: true, () => chunk);

        Assert.True(chunk.StreamedPages > 0, "no page of the last row group was streamed");
        Assert.Equal(0, chunk.StreamedPagesDecodedWhole);
    }

    [Fact]
    public async Task A_snappy_page_reaching_past_a_short_history_is_decoded_whole_after_all()
    {
        var chunk = new ColumnChunk(windowCapacity: 100, windowHistory: 24);

        Assert.Equal(await ReadAsync("baseline.parquet", UtteranceColumns.Reference, ours: false), await ReadAsync("baseline.parquet", UtteranceColumns.Reference, ours: true, () => chunk));
        Assert.True(chunk.StreamedPagesDecodedWhole > 0);
    }

    [Fact]
    public async Task Lists_in_data_page_v2_that_Parquet_Net_cannot_read_are_read_by_ours()
    {
        await Assert.ThrowsAsync<NotImplementedException>(() => ReadAsync("pages-v2.parquet", UtteranceColumns.Slices, ours: false));

        Assert.Contains(Convert.ToHexString("tenant:acme"u8), await ReadAsync("pages-v2.parquet", UtteranceColumns.Slices, ours: true));
    }

    [Theory]
    [InlineData("baseline.parquet")] // snappy
    [InlineData("canary.parquet")] // zstd
    [InlineData("baseline-gzip.parquet")]
    [InlineData("baseline-uncompressed.parquet")]
    [InlineData("edge-strings.parquet")]
    [InlineData("pages-v2.parquet")] // data page v2 in none, snappy and gzip
    public async Task Every_string_chunk_of_the_codecs_and_encodings_we_decode_is_read_by_our_reader(string file)
    {
        var chunks = await ChunksAsync(file);

        Assert.All(chunks, chunk => Assert.True(chunk.Own, $"{chunk.Column} in row group {chunk.RowGroup} was left to Parquet.Net"));
    }

    [Fact]
    public async Task Chunks_of_delta_encoded_strings_are_left_to_Parquet_Net_and_dictionary_ones_in_the_same_file_are_ours()
    {
        var chunks = await ChunksAsync("baseline-v2.parquet"); // DuckDB's PARQUET_VERSION V2

        Assert.All(chunks.Where(c => c.Column is "id" or "reference" or "hypothesis"), chunk => Assert.False(chunk.Own));
        Assert.All(chunks.Where(c => c.Column is "slices"), chunk => Assert.True(chunk.Own));
    }

    [Fact]
    public async Task Dictionary_pages_and_chunks_of_many_pages_are_read()
    {
        var edge = await ChunksAsync("edge-strings.parquet");
        var paged = await ChunksAsync("pages-v2.parquet");

        Assert.All(edge.Where(c => c.Column is "group" or "slices" or "partials"), chunk => Assert.True(chunk.Dictionary));
        Assert.All(paged.Where(c => c.Column is "reference"), chunk => Assert.True(chunk.DataPages >= 6, $"{chunk.DataPages} pages"));
    }

    [Theory]
    [InlineData(UtteranceColumns.Slices)] // uncompressed
    [InlineData(UtteranceColumns.Entities)] // gzip
    [InlineData(UtteranceColumns.Partials)] // snappy
    public async Task Lists_that_go_on_from_one_page_into_the_next_are_read_across_the_page_change(string name)
    {
        const string file = "pages-split-rows.parquet";

        // What the fixture is for: v1 pages that start inside a row's list (repetition level 1).
        Assert.Contains(1, (await FirstRepetitionLevelsAsync(file, name)).SelectMany(pages => pages));
        Assert.All((await ChunksAsync(file)).Where(c => c.Column == name), chunk => Assert.True(chunk.Own && chunk.DataPages > 1));
        Assert.Equal(await ReadAsync(file, name, ours: false), await ReadAsync(file, name, ours: true));
    }

    [Theory]
    [InlineData("pages-split-rows.parquet", UtteranceColumns.Slices)] // v1 pages, uncompressed, lists that go on into the next page
    [InlineData("pages-split-rows.parquet", UtteranceColumns.Entities)] // gzip
    [InlineData("pages-split-rows.parquet", UtteranceColumns.Partials)] // snappy
    [InlineData("pages-v2.parquet", UtteranceColumns.Partials)] // v2 pages: levels before the compressed values
    [InlineData("pages-v2.parquet", UtteranceColumns.Reference)] // no list: pages passed by their entries
    public async Task A_piece_passes_the_pages_before_its_rows_by_and_reads_on_from_its_first_row(string file, string name)
    {
        await using var reader = await ParquetReader.CreateAsync(PathOf(file));
        using var handle = File.OpenHandle(PathOf(file));
        var top = reader.Schema.Fields.Single(f => f.Name == name);
        var group = reader.OpenRowGroupReader(0);
        var rows = (int)group.RowCount;
        var whole = new StringColumn(Items(top), top, name);
        await whole.ReadAsync(group, handle);
        var expected = Enumerable.Range(0, rows).Select(_ => string.Join(" ", StringColumnTests.Rows(whole, top, 1))).ToList();
        var pages = whole.Chunk.DataPages;

        foreach (var skip in new[] { 1, rows / 3, rows / 2, rows - 1 })
        {
            var column = new StringColumn(Items(top), top, name);
            await column.ReadAsync(group, handle);
            column.Skip(skip);
            var rest = Enumerable.Range(skip, rows - skip).Select(_ => string.Join(" ", StringColumnTests.Rows(column, top, 1)));

            Assert.Equal(expected.Skip(skip), rest);
            Assert.True(skip < rows / 2 || column.Chunk.DataPages <= pages / 2 + 1, $"{column.Chunk.DataPages} of {pages} pages decoded after {skip} of {rows} rows");
        }
    }

    [Fact]
    public async Task Page_headers_longer_than_the_bytes_first_read_for_one_are_read_whole()
    {
        const string file = "long-header.parquet";
        await using var reader = await ParquetReader.CreateAsync(PathOf(file));
        var chunk = reader.OpenRowGroupReader(0).GetMetadata(Items(reader.Schema.Fields.Single(f => f.Name == "reference")))!.MetaData!;
        PageHeader.Read((await File.ReadAllBytesAsync(PathOf(file))).AsSpan((int)chunk.DataPageOffset), out var headerLength);

        Assert.InRange(headerLength, 1025, int.MaxValue); // parquetjs keeps the page's smallest and largest text in it
        Assert.All(await ChunksAsync(file), c => Assert.True(c.Own));
        Assert.Equal(await ReadAsync(file, "reference", ours: false), await ReadAsync(file, "reference", ours: true));
    }

    /// <summary>For each row group, the first repetition level of each of the list column's v1 data pages.</summary>
    private static async Task<List<List<int>>> FirstRepetitionLevelsAsync(string file, string name)
    {
        await using var reader = await ParquetReader.CreateAsync(PathOf(file));
        var bytes = await File.ReadAllBytesAsync(PathOf(file));
        var items = Items(reader.Schema.Fields.Single(f => f.Name == name));
        var groups = new List<List<int>>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var chunk = reader.OpenRowGroupReader(g).GetMetadata(items)!.MetaData!;
            var levels = new List<int>();
            for (var position = (int)chunk.DataPageOffset; position < chunk.DataPageOffset + chunk.TotalCompressedSize;)
            {
                var header = PageHeader.Read(bytes.AsSpan(position), out var length);
                Assert.Equal(PageType.Data, header.Type);
                var page = new byte[header.UncompressedSize];
                PageCodec.Decompress(chunk.Codec, bytes, position + length, header.CompressedSize, page);
                var first = new int[1];
                RleHybrid.DecodePrefixed(page, items.MaxRepetitionLevel, first);
                levels.Add(first[0]);
                position += length + header.CompressedSize;
            }

            groups.Add(levels);
        }

        return groups;
    }

    private static async Task<List<(string Column, int RowGroup, bool Own, bool Dictionary, int DataPages)>> ChunksAsync(string file)
    {
        await using var reader = await ParquetReader.CreateAsync(PathOf(file));
        using var handle = File.OpenHandle(PathOf(file));
        var chunks = new List<(string, int, bool, bool, int)>();
        foreach (var top in reader.Schema.Fields.Where(f => ParquetTypes.IsString(f) || ParquetTypes.StringItems(f) is not null))
        {
            var column = new StringColumn(Items(top), top, top.Name);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                // Pages are decoded as the rows reach them: the chunk's are all decoded once its rows are walked.
                var group = reader.OpenRowGroupReader(g);
                await column.ReadAsync(group, handle);
                StringColumnTests.Rows(column, top, (int)group.RowCount);
                chunks.Add((top.Name, g + 1, column.ReadOwnChunk, column.Chunk.HadDictionary, column.Chunk.DataPages));
            }
        }

        return chunks;
    }

    /// <summary>Each row group's levels, then its rows: values as hex, lists as their shape and items.</summary>
    /// <param name="chunk">Makes the reader of our own the column uses (by default, the reader's).</param>
    private static async Task<List<string>> ReadAsync(string file, string name, bool ours, Func<ColumnChunk>? chunk = null)
    {
        await using var reader = await ParquetReader.CreateAsync(PathOf(file));
        using var handle = File.OpenHandle(PathOf(file));
        var top = reader.Schema.Fields.Single(f => f.Name == name);
        var column = new StringColumn(Items(top), top, name, chunk: chunk?.Invoke());
        var read = new List<string>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            // Ours decodes the levels page by page as the walk passes them: the row group's, page after page, first;
            // then the row group read again, row by row.
            var group = reader.OpenRowGroupReader(g);
            await column.ReadAsync(group, ours ? handle : null);
            var (definitions, repetitions) = column.RemainingLevels();
            read.Add($"definitions {string.Join(",", definitions)}");
            read.Add($"repetitions {string.Join(",", repetitions)}");
            await column.ReadAsync(group, ours ? handle : null);
            read.AddRange(StringColumnTests.Rows(column, top, (int)group.RowCount));
        }

        return read;
    }

    private static DataField Items(Field top) => ParquetTypes.StringItems(top) ?? (DataField)top;
}
