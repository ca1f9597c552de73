using System.Text;

namespace ReleaseGates.Cli;

/// <summary>Where <c>--output</c> writes: a file, created with its folder, never a folder.</summary>
internal static class OutputFile
{
    /// <summary>The full path, or null with the reason when <paramref name="path"/> names a folder.</summary>
    public static string? Resolve(string path, out string? problem)
    {
        var full = Path.GetFullPath(path);
        problem = Directory.Exists(full)
            ? $"error: --output {path} is a folder; give a file name, e.g. --output {Path.Combine(path, "release-gates.json")}"
            : null;
        return problem is null ? full : null;
    }

    public static void Write(string fullPath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
