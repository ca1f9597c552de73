using ReleaseGates.Parquet.Chunks;

namespace ReleaseGates.Parquet.Tests;

/// <summary>Bit-packed groups of every width decode to the values packed, whether the group's last bytes are padded
/// or left out, and a value beyond the largest allowed is corrupt.</summary>
public sealed class RleHybridTests
{
    [Theory]
    [InlineData(1, 37)]
    [InlineData(2, 8)]
    [InlineData(3, 100)]
    [InlineData(7, 61)]
    [InlineData(12, 250)]
    [InlineData(20, 17)]
    [InlineData(31, 40)]
    [InlineData(32, 33)]
    public void Bit_packed_values_of_every_width_are_read_as_packed(int bitWidth, int count)
    {
        var random = new Random(bitWidth * 1000 + count);
        var max = bitWidth == 32 ? int.MaxValue : (int)((1L << bitWidth) - 1);
        var expected = Enumerable.Range(0, count).Select(_ => random.Next(0, max) + (random.Next(5) == 0 ? 1 : 0)).ToArray();

        foreach (var padded in new[] { true, false })
        {
            var values = new int[count];
            RleHybrid.Decode(Packed(expected, bitWidth, padded), bitWidth, max, values);

            Assert.Equal(expected, values);
        }
    }

    [Theory]
    [InlineData(3, 5)] // a dictionary of 6 entries: indices of 3 bits may say 6 or 7
    [InlineData(1, 0)] // a level of 0 at most
    public void A_packed_value_beyond_the_largest_is_corrupt(int bitWidth, int max)
    {
        var values = Enumerable.Range(0, 20).Select(i => i == 13 ? max + 1 : i % (max + 1)).ToArray();

        var error = Assert.Throws<InvalidDataException>(() => RleHybrid.Decode(Packed(values, bitWidth, padded: true), bitWidth, max, new int[values.Length]));

        Assert.Contains($"beyond its largest, {max}", error.Message);
    }

    /// <summary>One bit-packed run of <paramref name="values"/>: its header (groups of eight, low bit 1), then the
    /// values least significant bit first, the last group padded to eight values or cut after its last value's byte.</summary>
    private static byte[] Packed(int[] values, int bitWidth, bool padded)
    {
        var groups = (values.Length + 7) / 8;
        var bits = padded ? groups * 8 * bitWidth : values.Length * bitWidth;
        var body = new byte[(bits + 7) / 8];
        for (var i = 0; i < values.Length; i++)
        {
            for (var b = 0; b < bitWidth; b++)
            {
                if ((((uint)values[i] >> b) & 1) != 0)
                {
                    var bit = (i * bitWidth) + b;
                    body[bit / 8] |= (byte)(1 << (bit % 8));
                }
            }
        }

        var header = new List<byte>();
        for (var value = (uint)((groups << 1) | 1); ; value >>= 7)
        {
            header.Add((byte)(value < 0x80 ? value : (value & 0x7F) | 0x80));
            if (value < 0x80)
            {
                break;
            }
        }

        return [.. header, .. body];
    }
}
