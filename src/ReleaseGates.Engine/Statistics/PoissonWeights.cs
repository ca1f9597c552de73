using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The weights of one bootstrap resample: how many times each resampling unit (an utterance, or a group of them)
/// is drawn, independently Poisson(1) — the Poisson bootstrap (Hanley and MacGibbon, "Creating non-parametric
/// bootstrap samples using Poisson frequencies", Computer Methods and Programs in Biomedicine 83, 2006; Chamandy et
/// al., "Estimating uncertainty for massive data streams", Google, 2012). Unlike drawing N of N with replacement,
/// each unit's weight is its own draw, so a resample is written front to back with no random access. Resample r
/// draws from xoshiro256** seeded with outputs 4r + 1 .. 4r + 4 of SplitMix64(seed), 32 bits per unit through the
/// Poisson(1) distribution function truncated at 2^-32: the weights depend on the seed only, never on the machine
/// or on how many threads share the resamples.
/// </summary>
internal static class PoissonWeights
{
    /// <summary>floor(P(X &lt;= k) × 2^32) for X ~ Poisson(1), k = 0..11; exact (computed to 60 digits).</summary>
    internal static readonly uint[] Thresholds =
    [
        1580030168, 3160060337, 3950075421, 4213413783, 4279248373, 4292415291,
        4294609777, 4294923276, 4294962463, 4294966817, 4294967252, 4294967292,
    ];

    /// <summary>The weight for each top byte of a draw, or -1 when a threshold falls inside that byte's range.</summary>
    private static readonly sbyte[] ByTopByte = BuildTopByteTable();

    /// <summary>The largest weight a draw can give.</summary>
    public const int MaxWeight = 12;

    /// <summary>Fills <paramref name="weights"/> with resample <paramref name="resample"/>'s weights.</summary>
    public static void Draw(ulong seed, int resample, byte[] weights)
    {
        var random = Generator(seed, resample);
        Draw(ref random, weights, weights.Length, 1, 0);
    }

    /// <summary>The random source of resample <paramref name="resample"/>: it draws unit 0's weight first.</summary>
    public static Xoshiro256StarStar Generator(ulong seed, int resample) => new(SplitMix64.After(seed, 4UL * (ulong)resample));

    /// <summary>Draws the next <paramref name="units"/> units' weights from <paramref name="random"/> (an even number,
    /// but for the resample's last units: one output serves two units) and writes the i-th to
    /// <paramref name="weights"/>[i × <paramref name="stride"/> + <paramref name="offset"/>]: several resamples side by
    /// side, each unit's weights together (see <see cref="WeightBlock"/>).</summary>
    /// <remarks>The writes are checked once, up front, and then made by reference: a billion draws a bootstrap.</remarks>
    [MethodImpl((MethodImplOptions)512)] // AggressiveOptimization: a billion draws must not start in tier-0 code
    public static void Draw(ref Xoshiro256StarStar random, byte[] weights, int units, int stride, int offset)
    {
        if (units > 0 && (offset < 0 || stride < 1 || offset + ((long)(units - 1) * stride) >= weights.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(units), "the weights do not fit in the array");
        }

        var generator = random;
        ref var table = ref ByTopByte[0];
        ref var at = ref MemoryMarshal.GetReference(weights.AsSpan(offset));
        var i = 0;
        for (; i + 1 < units; i += 2)
        {
            var bits = generator.Next();
            at = Weight((uint)(bits >> 32), ref table);
            Unsafe.Add(ref at, stride) = Weight((uint)bits, ref table);
            at = ref Unsafe.Add(ref at, 2 * stride);
        }

        if (i < units)
        {
            at = Weight((uint)(generator.Next() >> 32), ref table);
        }

        random = generator;
    }

    /// <summary>The weight a 32-bit draw gives: how many thresholds it reaches.</summary>
    internal static byte Weight(uint draw) => Weight(draw, ref ByTopByte[0]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Weight(uint draw, ref sbyte table)
    {
        var fast = Unsafe.Add(ref table, (int)(draw >> 24)); // the table has all 256 top bytes
        return fast >= 0 ? (byte)fast : Slow(draw);
    }

    private static byte Slow(uint draw)
    {
        byte weight = 0;
        foreach (var threshold in Thresholds)
        {
            weight += (byte)(draw >= threshold ? 1 : 0);
        }

        return weight;
    }

    private static sbyte[] BuildTopByteTable()
    {
        var table = new sbyte[256];
        for (var top = 0u; top < 256; top++)
        {
            var low = Slow(top << 24);
            var high = Slow((top << 24) | 0xFFFFFFu);
            table[top] = low == high ? (sbyte)low : (sbyte)-1;
        }

        return table;
    }
}
