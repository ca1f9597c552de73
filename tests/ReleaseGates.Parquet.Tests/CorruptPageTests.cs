using System.Buffers.Binary;
using Parquet;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;
using ReleaseGates.Parquet.Chunks;
using static ReleaseGates.Parquet.Tests.Fixtures;

namespace ReleaseGates.Parquet.Tests;

/// <summary>A corrupt page of a string or number column chunk our reader reads is RG4003 naming the file, row group and column,
/// as any other unreadable Parquet is: never a crash, never a wrong value. Each test damages a copy of a fixture at a
/// place found from its metadata: row group 2's chunk of the column.</summary>
public sealed class CorruptPageTests
{
    [Fact]
    public void A_page_header_that_is_not_Thrift_is_invalid_input()
    {
        var error = Corrupt("baseline.parquet", "reference", (bytes, chunk) => bytes[chunk] = 0x0F); // a field of type 15

        AssertUnreadable(error, "reference", "A page header has a field of unknown type 15.");
    }

    [Fact]
    public void A_page_larger_than_its_column_chunk_is_invalid_input()
    {
        // The header's third field, the compressed size (after the type and the uncompressed size, each a field byte
        // and a varint), made as large as its varint's bytes allow: more than the whole chunk.
        var error = Corrupt("baseline-uncompressed.parquet", "reference", (bytes, chunk) =>
        {
            var at = LastByteOfVarint(bytes, LastByteOfVarint(bytes, chunk + 1) + 2) + 1; // past fields 1 and 2
            Assert.Equal(0x15, bytes[at++]); // field 3, an i32
            var end = LastByteOfVarint(bytes, at);
            Assert.True(end - at >= 2, "a page of more than 8 KiB");
            bytes.AsSpan(at, end - at).Fill(0xFE); // even: a positive zigzag value
            bytes[end] = 0x7F;
        });

        AssertUnreadable(error, "reference", "runs past the end of its column chunk");
    }

    [Fact]
    public void A_value_longer_than_its_page_is_invalid_input()
    {
        var error = Corrupt("baseline-uncompressed.parquet", "reference", FirstValueLongerThanItsPage);

        AssertUnreadable(error, "reference", "runs past the end of its page");
    }

    [Fact]
    public void A_corrupt_page_of_a_number_column_is_invalid_input_naming_the_column()
    {
        var error = Corrupt("baseline.parquet", "final_ms", (bytes, chunk) => bytes[chunk + HeaderLength(bytes, chunk)] ^= 1);

        AssertUnreadable(error, "final_ms", "A SNAPPY page decompressed to");
    }

    [Fact]
    public void A_snappy_page_that_decompresses_to_another_size_is_invalid_input()
    {
        // Snappy's preamble, the uncompressed length, one more or less than the page header says.
        var error = Corrupt("baseline.parquet", "reference", (bytes, chunk) => bytes[chunk + HeaderLength(bytes, chunk)] ^= 1);

        AssertUnreadable(error, "reference", "A SNAPPY page decompressed to");
    }

    [Fact]
    public void A_zstd_page_that_does_not_decompress_is_invalid_input()
    {
        var error = Corrupt("canary.parquet", "hypothesis", (bytes, chunk) => bytes.AsSpan(chunk + HeaderLength(bytes, chunk), 4).Clear()); // no zstd magic

        AssertUnreadable(error, "hypothesis", "ZstdException: Unknown frame descriptor");
    }

    [Fact]
    public void An_index_beyond_the_dictionary_is_invalid_input()
    {
        // slices is dictionary-encoded: after the dictionary page, the data page's levels, then the indices' bit width
        // and runs. One run of index 255 replaces them; the dictionary has a handful of slice names.
        var error = Corrupt("baseline-uncompressed.parquet", "slices", (bytes, chunk) =>
        {
            var header = PageHeader.Read(bytes.AsSpan(chunk), out var length);
            Assert.Equal(PageType.Dictionary, header.Type);
            var data = chunk + length + header.CompressedSize;
            var body = data + HeaderLength(bytes, data);
            var definitions = body + 4 + BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(body));
            var indices = definitions + 4 + BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(definitions));
            new byte[] { 8, 0xFE, 0x01, 0xFF }.CopyTo(bytes, indices);
        });

        AssertUnreadable(error, "slices", "A page holds the level or index 255, beyond its largest");
    }

    [Fact]
    public void A_corrupt_page_the_rows_reach_after_the_first_is_invalid_input_naming_its_column()
    {
        // pages-v2's chunks have pages of 16 rows, each decoded as the rows reach it: the third while row group 2's
        // rows are scored, not as the row group's columns are read. Its values are snappy after its uncompressed levels.
        var error = Corrupt("pages-v2.parquet", "reference", (bytes, chunk) =>
        {
            var page = chunk;
            for (var before = 0; before < 2; before++)
            {
                var skipped = PageHeader.Read(bytes.AsSpan(page), out var skippedLength);
                page += skippedLength + skipped.CompressedSize;
            }

            var header = PageHeader.Read(bytes.AsSpan(page), out var length);
            Assert.Equal(PageType.DataV2, header.Type);
            bytes[page + length + header.RepetitionBytes + header.DefinitionBytes] ^= 1; // Snappy's preamble, the length
        });

        AssertUnreadable(error, "reference", "A SNAPPY page decompressed to");
    }

    [Theory]
    [InlineData("baseline.parquet")]
    [InlineData("baseline-gzip.parquet")]
    [InlineData("baseline-uncompressed.parquet")]
    [InlineData("canary.parquet")]
    [InlineData("pages-v2.parquet")]
    public void Bytes_flipped_anywhere_in_a_page_are_invalid_input_or_other_texts_never_a_crash(string fixture)
    {
        // Without a checksum a flipped byte of a text is another text; anything else must be RG4003.
        var random = new Random(20261207);
        var errors = 0;
        for (var run = 0; run < 40; run++)
        {
            var path = Damaged(fixture, "reference", FlipsInFirstPage(random));
            try
            {
                UtteranceReader.Read([path], UtteranceReadOptions.Standard);
            }
            catch (InvalidInputException)
            {
                errors++;
            }
            finally
            {
                File.Delete(path);
            }
        }

        Assert.InRange(errors, 1, 40); // some flips are caught; the test is not vacuous
    }

    [Theory]
    [InlineData("pages-split-rows.parquet", "partials")] // v1 snappy pages of 7 rows: their levels are decompressed to pass them by
    [InlineData("pages-split-rows.parquet", "entities")] // gzip
    [InlineData("pages-v2.parquet", "partials")] // v2: levels before the compressed values
    public void Bytes_flipped_in_a_list_page_a_piece_passes_by_are_invalid_input_or_other_texts_never_a_crash(string fixture, string column)
    {
        var random = new Random(20261208);
        var errors = 0;
        for (var run = 0; run < 40; run++)
        {
            var path = Damaged(fixture, column, FlipsInFirstPage(random));
            try
            {
                // Row group 2 cut for three cores: its later pieces pass the damaged first page by.
                foreach (var piece in ParquetPieces.Of(path, 0, cores: 3, pieceRows: 1))
                {
                    var shard = new UtteranceShard(0, keepDigests: false);
                    ParquetUtteranceReader.Instance.Read(path, piece, UtteranceFormat.Lines, new UtteranceBuilder(StandardTextNormalizer.Instance, digests: false), shard, _ => { });
                }
            }
            catch (InvalidInputException)
            {
                errors++;
            }
            finally
            {
                File.Delete(path);
            }
        }

        Assert.InRange(errors, 1, 40); // some flips are caught; the test is not vacuous
    }

    [Fact]
    public async Task A_value_longer_than_its_page_is_found_where_a_streamed_page_reaches_it()
    {
        var path = Damaged("baseline-uncompressed.parquet", "reference", FirstValueLongerThanItsPage);
        try
        {
            var error = await Assert.ThrowsAsync<ColumnPageException>(() => ReadStreamedAsync(path, "reference"));

            Assert.Equal("reference", error.Column);
            Assert.Contains("runs past the end of its page", error.InnerException!.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("baseline.parquet")]
    [InlineData("baseline-gzip.parquet")]
    [InlineData("baseline-uncompressed.parquet")]
    [InlineData("canary.parquet")]
    [InlineData("pages-v2.parquet")]
    public async Task Bytes_flipped_anywhere_in_a_streamed_page_are_a_page_error_or_other_texts_never_a_crash(string fixture)
    {
        var random = new Random(20261208);
        var errors = 0;
        for (var run = 0; run < 40; run++)
        {
            var path = Damaged(fixture, "reference", FlipsInFirstPage(random));
            try
            {
                await ReadStreamedAsync(path, "reference");
            }
            catch (Exception e) when (e is ColumnPageException or InvalidDataException)
            {
                errors++; // a page (ColumnPageException) or a page header (InvalidDataException, from the survey) found corrupt
            }
            finally
            {
                File.Delete(path);
            }
        }

        Assert.InRange(errors, 1, 40);
    }

    /// <summary>Walks every row of <paramref name="column"/> with a window far smaller than its pages, so that they stream.</summary>
    private static async Task ReadStreamedAsync(string path, string column)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        using var handle = File.OpenHandle(path);
        var top = reader.Schema.Fields.Single(f => f.Name == column);
        var strings = new StringColumn(ParquetTypes.StringItems(top) ?? (global::Parquet.Schema.DataField)top, top, column, chunk: new ColumnChunk(windowCapacity: 100, windowHistory: 512));
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            await strings.ReadAsync(group, handle);
            StringColumnTests.Rows(strings, top, (int)group.RowCount);
        }
    }

    /// <summary>An uncompressed page's first value made longer than the page: its length is in the file as it is,
    /// after the page header and the definition levels.</summary>
    private static void FirstValueLongerThanItsPage(byte[] bytes, int chunk)
    {
        var body = chunk + HeaderLength(bytes, chunk);
        var values = body + 4 + BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(body));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(values), 0x7FFF_0000);
    }

    /// <summary>One to three bytes of the chunk's first page flipped at random places (the page's header left whole).</summary>
    private static Action<byte[], int> FlipsInFirstPage(Random random)
    {
        var flips = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => (random.NextDouble(), (byte)(1 + random.Next(255)))).ToList();
        return (bytes, chunk) =>
        {
            var header = PageHeader.Read(bytes.AsSpan(chunk), out var length);
            foreach (var (where, mask) in flips)
            {
                bytes[chunk + length + (int)(where * header.CompressedSize)] ^= mask;
            }
        };
    }

    private static void AssertUnreadable(GateDiagnostic error, string column, string detail)
    {
        Assert.Equal((GateRules.InvalidInput, 0), (error.Id, error.Line));
        Assert.StartsWith($"This file cannot be read as Parquet (row group 2 of 3, column \"{column}\": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
    }

    private static int LastByteOfVarint(byte[] bytes, int at)
    {
        while ((bytes[at] & 0x80) != 0)
        {
            at++;
        }

        return at;
    }

    private static int HeaderLength(byte[] bytes, int page)
    {
        PageHeader.Read(bytes.AsSpan(page), out var length);
        return length;
    }

    /// <summary>Reads a copy of <paramref name="fixture"/> damaged by <paramref name="damage"/> (see <see cref="Damaged"/>).</summary>
    private static GateDiagnostic Corrupt(string fixture, string column, Action<byte[], int> damage)
    {
        var path = Damaged(fixture, column, damage);
        try
        {
            var error = Assert.Single(Assert.Throws<InvalidInputException>(() => UtteranceReader.Read([path], UtteranceReadOptions.Standard)).Errors);
            Assert.Equal(path, error.FilePath);
            return error;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A copy of <paramref name="fixture"/> in which <paramref name="damage"/> changed the bytes of row group
    /// 2's chunk of <paramref name="column"/> (given the file's bytes and where the chunk starts).</summary>
    private static string Damaged(string fixture, string column, Action<byte[], int> damage)
    {
        var bytes = File.ReadAllBytes(PathOf(fixture));
        damage(bytes, ChunkStart(fixture, column));
        var path = Path.Combine(Path.GetTempPath(), $"releasegates-corrupt-{Guid.NewGuid():N}.parquet");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static int ChunkStart(string fixture, string column)
    {
        var reader = ParquetReader.CreateAsync(PathOf(fixture)).GetAwaiter().GetResult();
        try
        {
            var top = reader.Schema.Fields.Single(f => f.Name == column);
            var chunk = reader.OpenRowGroupReader(1).GetMetadata(ParquetTypes.StringItems(top) ?? (global::Parquet.Schema.DataField)top)!.MetaData!;
            return (int)(chunk.DictionaryPageOffset is > 0 and var dictionary ? dictionary : chunk.DataPageOffset);
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
