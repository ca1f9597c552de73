namespace ReleaseGates.Simulation.Randomness;

/// <summary>
/// The simulation's random source: xoshiro256** (Blackman and Vigna, 2021) seeded through SplitMix64, with the few
/// distributions the data model needs. Our own generator rather than <see cref="Random"/> so that a seed gives the
/// same gates on every runtime version, and so that independent streams (one per gate and side) are cheap to derive.
/// </summary>
internal sealed class SimRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double? _spareNormal;

    public SimRandom(ulong seed)
    {
        var mixer = seed;
        _s0 = SplitMix(ref mixer);
        _s1 = SplitMix(ref mixer);
        _s2 = SplitMix(ref mixer);
        _s3 = SplitMix(ref mixer);
    }

    /// <summary>A child stream for one purpose (a gate, a side, the latent data): independent of its siblings.</summary>
    public static SimRandom For(ulong seed, params ulong[] path) => new(Seeds.Derive(seed, path));

    public ulong NextUInt64()
    {
        unchecked
        {
            var result = RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, count); the tiny modulo bias is irrelevant at these counts.</summary>
    public int Next(int count) => (int)(NextUInt64() % (ulong)count);

    /// <summary>Uniform integer in [low, high] inclusive.</summary>
    public int Between(int low, int high) => low + Next(high - low + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal (Marsaglia's polar method).</summary>
    public double Normal()
    {
        if (_spareNormal is { } spare)
        {
            _spareNormal = null;
            return spare;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareNormal = v * factor;
        return u * factor;
    }

    /// <summary>Log-normal with mean 1: a multiplicative factor that leaves averages unchanged.</summary>
    public double LogNormalMeanOne(double sigma) => Math.Exp((sigma * Normal()) - (sigma * sigma / 2));

    /// <summary>Pareto with minimum 1 and tail index <paramref name="alpha"/>: the heavy tail of latency spikes.</summary>
    public double Pareto(double alpha) => Math.Pow(1 - NextDouble(), -1 / alpha);

    /// <summary>Log-uniform in [low, high]: sizes that span a range without favouring its top.</summary>
    public double LogUniform(double low, double high) => Math.Exp(Math.Log(low) + (NextDouble() * (Math.Log(high) - Math.Log(low))));

    private static ulong SplitMix(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
