using System.Runtime.CompilerServices;

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
    private static readonly uint[] Thresholds =
    [
        1580030168, 3160060337, 3950075421, 4213413783, 4279248373, 4292415291,
        4294609777, 4294923276, 4294962463, 4294966817, 4294967252, 4294967292,
    ];

    /// <summary>The weight for each top byte of a draw, or -1 when a threshold falls inside that byte's range.</summary>
    private static readonly sbyte[] ByTopByte = BuildTopByteTable();

    /// <summary>The largest weight a draw can give.</summary>
    public const int MaxWeight = 12;

    /// <summary>Fills <paramref name="weights"/> with resample <paramref name="resample"/>'s weights.</summary>
    public static void Draw(ulong seed, int resample, byte[] weights) => Draw(seed, resample, weights, weights.Length, 1, 0);

    /// <summary>Writes resample <paramref name="resample"/>'s weight of unit u to <paramref name="weights"/>[u ×
    /// <paramref name="stride"/> + <paramref name="offset"/>] for each of <paramref name="units"/> units: several
    /// resamples side by side, each unit's weights together (see <see cref="WeightBlock"/>).</summary>
    [MethodImpl((MethodImplOptions)512)] // AggressiveOptimization: a billion draws must not start in tier-0 code
    public static void Draw(ulong seed, int resample, byte[] weights, int units, int stride, int offset)
    {
        var random = new Xoshiro256StarStar(SplitMix64.After(seed, 4UL * (ulong)resample));
        var table = ByTopByte;
        var at = offset;
        var i = 0;
        for (; i + 1 < units; i += 2)
        {
            var bits = random.Next();
            weights[at] = Weight((uint)(bits >> 32), table);
            weights[at + stride] = Weight((uint)bits, table);
            at += 2 * stride;
        }

        if (i < units)
        {
            weights[at] = Weight((uint)(random.Next() >> 32), table);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Weight(uint draw, sbyte[] table)
    {
        var fast = table[draw >> 24];
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
