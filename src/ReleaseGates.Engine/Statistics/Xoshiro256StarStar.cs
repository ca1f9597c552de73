using System.Runtime.CompilerServices;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// xoshiro256** 1.0 (Blackman and Vigna, "Scrambled linear pseudorandom number generators", 2021), the
/// bootstrap's random source: fast, statistically strong, and the same sequence everywhere for a seed.
/// Called a billion times per bootstrap: inlined into the draw loop whether or not the runtime has profiled it.
/// </summary>
internal struct Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private uint _spare;
    private bool _hasSpare;

    /// <summary>Seeds the state with four outputs of <paramref name="seeder"/>, as the authors recommend.</summary>
    public Xoshiro256StarStar(SplitMix64 seeder)
    {
        _s0 = seeder.Next();
        _s1 = seeder.Next();
        _s2 = seeder.Next();
        _s3 = seeder.Next();
        _spare = 0;
        _hasSpare = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Next()
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

    /// <summary>32 random bits: each 64-bit output serves two calls, high half first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextUInt32()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }

        var next = Next();
        _spare = (uint)next;
        _hasSpare = true;
        return (uint)(next >> 32);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>), without bias (Lemire, "Fast random integer
    /// generation in an interval", ACM TOMACS 2019: multiply, and reject the rare biased low products).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextBelow(uint bound)
    {
        unchecked
        {
            var product = (ulong)NextUInt32() * bound;
            var low = (uint)product;
            if (low < bound)
            {
                var threshold = (0u - bound) % bound;
                while (low < threshold)
                {
                    product = (ulong)NextUInt32() * bound;
                    low = (uint)product;
                }
            }

            return (uint)(product >> 32);
        }
    }

    private static ulong RotateLeft(ulong value, int bits) => (value << bits) | (value >> (64 - bits));
}
