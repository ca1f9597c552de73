using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Expands a file path or a glob of shards into files in a deterministic order (ordinal order of their
/// paths with '/' separators). <c>*</c> matches any characters within one path segment, <c>?</c> one
/// character, <c>**</c> any number of folders (zero included). Matching is case-sensitive.
/// </summary>
public static class ShardPattern
{
    public static bool IsGlob(string pattern) => pattern.IndexOfAny(['*', '?']) >= 0;

    /// <summary>The files <paramref name="pattern"/> names, relative patterns resolved against <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="InvalidInputException">No file matches, or the named file does not exist.</exception>
    public static IReadOnlyList<string> Expand(string baseDirectory, string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        if (!IsGlob(normalized))
        {
            var path = Path.GetFullPath(Path.Combine(baseDirectory, normalized));
            if (Directory.Exists(path))
            {
                throw new InvalidInputException(path, 0, 0, $"This is a folder, not a per-utterance file. Name the file, or its shards with a pattern such as \"{normalized.TrimEnd('/')}/*.jsonl\".");
            }

            if (!File.Exists(path))
            {
                throw new InvalidInputException(path, 0, 0, $"This per-utterance file does not exist (looked for {path}). Check the path or write the evaluation first.");
            }

            return [path];
        }

        var segments = normalized.Split('/');
        var literal = segments.TakeWhile(segment => !IsGlob(segment)).ToArray();
        var root = Path.GetFullPath(Path.Combine(baseDirectory, literal.Length == 0 ? "." : string.Join("/", literal) + "/"));
        var found = new SortedSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            Match(root, segments, literal.Length, found);
        }

        if (found.Count == 0)
        {
            throw new InvalidInputException(Path.Combine(baseDirectory, pattern), 0, 0,
                $"No file matches the pattern \"{pattern}\" (looked in {root}). Check the pattern: * stays within a folder, ** crosses folders.");
        }

        return found.Select(path => path.Replace('/', Path.DirectorySeparatorChar)).ToArray();
    }

    private static void Match(string directory, string[] segments, int index, SortedSet<string> found)
    {
        var segment = segments[index];
        var last = index == segments.Length - 1;
        if (segment == "**")
        {
            if (last)
            {
                foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
                {
                    found.Add(file.Replace('\\', '/'));
                }

                return;
            }

            Match(directory, segments, index + 1, found);
            foreach (var child in Directory.EnumerateDirectories(directory))
            {
                Match(child, segments, index, found);
            }

            return;
        }

        var entries = last ? Directory.EnumerateFiles(directory) : Directory.EnumerateDirectories(directory);
        foreach (var entry in entries)
        {
            if (Wildcard.IsMatch(Path.GetFileName(entry), segment))
            {
                if (last)
                {
                    found.Add(entry.Replace('\\', '/'));
                }
                else
                {
                    Match(entry, segments, index + 1, found);
                }
            }
        }
    }
}
