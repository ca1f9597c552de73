namespace ReleaseGates.Simulation.Randomness;

/// <summary>
/// Seeds derived along a path (master seed → scenario → gate → side), so every gate's data depend only on its
/// own path: the same figures whatever the number of threads or the order gates finish in.
/// </summary>
internal static class Seeds
{
    public static ulong Derive(ulong seed, params ulong[] path)
    {
        var state = seed;
        foreach (var step in path)
        {
            state = Mix(state ^ Mix(step + 0x632BE59BD9B4E019UL));
        }

        return state;
    }

    /// <summary>A stable 64-bit name hash (FNV-1a), unlike <see cref="string.GetHashCode()"/>, which is randomised per process.</summary>
    public static ulong Of(string name)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in name)
        {
            hash = unchecked((hash ^ c) * 0x100000001B3UL);
        }

        return hash;
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCDUL;
            z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53UL;
            return z ^ (z >> 33);
        }
    }
}
