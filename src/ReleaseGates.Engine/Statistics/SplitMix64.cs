namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), the
/// generator the xoshiro authors recommend for seeding. Implemented here so that a seed gives the same
/// numbers on every runtime and machine (System.Random's seeded sequence is no such promise).
/// </summary>
internal struct SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    public SplitMix64(ulong seed)
    {
        _state = seed;
    }

    /// <summary>The generator positioned after <paramref name="skipped"/> outputs of <c>new SplitMix64(seed)</c>, in O(1).</summary>
    public static SplitMix64 After(ulong seed, ulong skipped) => new(unchecked(seed + (skipped * Gamma)));

    public ulong Next()
    {
        unchecked
        {
            var z = _state += Gamma;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
