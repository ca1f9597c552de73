using ReleaseGates.Parquet.Chunks;

namespace ReleaseGates.Parquet.Tests;

/// <summary>Our compact-Thrift page header reader takes the fields it needs and skips any other, however nested, as a
/// newer writer may add some; a header cut short is invalid data, not a crash.</summary>
public sealed class PageHeaderTests
{
    private static readonly byte[] Header =
    [
        0x15, 0x00, // 1: type DATA_PAGE
        0x15, 0xC8, 0x01, // 2: uncompressed size 100
        0x15, 0x64, // 3: compressed size 50
        0x15, 0x02, // 4: crc
        0x1C, // 5: data_page_header, to its stop
        0x15, 0x06, 0x15, 0x00, 0x15, 0x06, 0x15, 0x06, // 3 values, PLAIN, RLE levels
        0x1C, 0x18, 0x02, (byte)'a', (byte)'b', 0x18, 0x01, (byte)'a', 0x00, // statistics: max, min
        0x00,
        0x09, 0x28, 0x28, 0x01, (byte)'x', 0x02, (byte)'y', (byte)'z', // 20 (id in long form): list of 2 binaries
        0x1B, 0x01, 0x8C, 0x01, (byte)'k', 0x11, 0x00, // 21: map binary -> struct { 1: true }
        0x17, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F, // 22: double 1.0
        0x12, // 23: false
        0x00,
    ];

    [Fact]
    public void The_fields_we_need_are_read_and_others_skipped()
    {
        var header = PageHeader.Read([.. Header, 0xAA, 0xBB], out var length);

        Assert.Equal((PageType.Data, 100, 50, 3, PageHeader.Plain, PageHeader.Rle, PageHeader.Rle), (header.Type, header.UncompressedSize, header.CompressedSize, header.Values, header.Encoding, header.DefinitionEncoding, header.RepetitionEncoding));
        Assert.Equal(Header.Length, length);
    }

    [Fact]
    public void A_header_cut_short_anywhere_is_invalid_data()
    {
        for (var cut = 0; cut < Header.Length; cut++)
        {
            Assert.Throws<InvalidDataException>(() => PageHeader.Read(Header.AsSpan(0, cut), out _));
        }
    }

    [Fact]
    public void A_binary_longer_than_the_header_is_invalid_data()
    {
        byte[] header = [0x18, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x00]; // 1: binary of 4 GiB

        Assert.Throws<InvalidDataException>(() => PageHeader.Read(header, out _));
    }
}
