namespace ReleaseGates.Engine.Utterances;

/// <summary>Matches one path segment against a pattern of literal characters, <c>*</c> (any run) and <c>?</c> (one character).</summary>
internal static class Wildcard
{
    public static bool IsMatch(string name, string pattern)
    {
        // Greedy match with backtracking to the last star: linear for the patterns shards use.
        int n = 0, p = 0, starPattern = -1, starName = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                n++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starPattern = p++;
                starName = n;
            }
            else if (starPattern >= 0)
            {
                p = starPattern + 1;
                n = ++starName;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
