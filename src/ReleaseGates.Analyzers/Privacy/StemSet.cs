namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Stems (lower-case ASCII letters and digits, three or more) that an identifier may contain in any case. Asked of every
/// name a compilation declares at compilation start, and of the words around a hit in a body (a body's text itself is
/// searched stem by stem: the runtime's vectorized search beats one scan of every position): an ASCII identifier is
/// scanned once, and only a position whose two letters begin some stem is compared with the stems; any other identifier
/// is searched stem by stem (OrdinalIgnoreCase, under which a few non-ASCII letters match ASCII ones).
/// </summary>
internal sealed class StemSet
{
    /// <summary>One bit per pair of ASCII characters (lowered): whether some stem begins with it.</summary>
    private readonly ulong[] _firstPairs = new ulong[128 * 128 / 64];

    public StemSet(params string[] stems)
    {
        Stems = stems;
        foreach (var stem in stems)
        {
            var pair = (stem[0] * 128) + stem[1];
            _firstPairs[pair >> 6] |= 1UL << (pair & 63);
        }
    }

    public string[] Stems { get; }

    public bool IsIn(string identifier)
    {
        for (var at = 0; at + 1 < identifier.Length; at++)
        {
            var first = identifier[at];
            var second = identifier[at + 1];
            if (first > 0x7F || second > 0x7F)
            {
                return IsInNonAscii(identifier);
            }

            var pair = (Lower(first) * 128) + Lower(second);
            if ((_firstPairs[pair >> 6] & (1UL << (pair & 63))) != 0 && StemAt(identifier, at))
            {
                return true;
            }
        }

        return false;
    }

    private bool StemAt(string identifier, int at)
    {
        foreach (var stem in Stems)
        {
            if (at + stem.Length <= identifier.Length && MatchesAt(identifier, at, stem))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAt(string identifier, int at, string stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (Lower(identifier[at + i]) != stem[i])
            {
                return false;
            }
        }

        return true;
    }

    private bool IsInNonAscii(string identifier)
    {
        foreach (var stem in Stems)
        {
            if (identifier.Length >= stem.Length && identifier.IndexOf(stem, System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
