using System.Reflection;
using System.Runtime;

namespace ReleaseGates.Cli;

/// <summary>
/// The runtime's multicore JIT: a run records which methods it compiled, and the next run compiles them ahead on
/// another core while the first one starts. A run over a few thousand utterances spends most of its time compiling our
/// code, System.CommandLine's and Parquet.Net's on one core while the other waits (docs/performance.md).
/// </summary>
internal static class JitProfile
{
    /// <summary>
    /// The profile a run of <paramref name="args"/> records and replays: one a command, and a command whose arguments
    /// name Parquet files apart from one over JSON Lines — each compiles code the other does not (Parquet.Net's and our
    /// reader's, or the JSON reader's), so a run that replayed the other's compiled what it did not need and left cold
    /// what it did (a 2,000-row `metrics` took 0.27 s against 0.18 s for JSON Lines and 0.32 s against 0.27 s for
    /// Parquet, alternated). `evaluate` names its files in gates.json, which is not read here (it may be a pipe, which
    /// only the evaluation may read): it keeps one profile.
    /// </summary>
    public static string NameFor(string[] args)
    {
        var command = args.FirstOrDefault(arg => !arg.StartsWith('-'));
        var name = command is "evaluate" or "metrics" or "init" ? command : "other";
        return args.Any(arg => arg.Contains(".parquet", StringComparison.OrdinalIgnoreCase)) ? $"{name}-parquet" : name;
    }

    /// <summary>Starts recording (and replaying what the last run of <paramref name="profile"/> recorded), in a folder of
    /// the temporary files that is the user's own (the temporary folder may be shared); where it cannot be written, the
    /// run goes on without.</summary>
    public static void Start(string profile)
    {
        try
        {
            var folder = Path.Combine(Path.GetTempPath(), $"release-gates-{string.Concat(Environment.UserName.Split(Path.GetInvalidFileNameChars()))}", "jit");
            Directory.CreateDirectory(folder);
            ProfileOptimization.SetProfileRoot(folder);

            // A profile names methods of one build: a new version records its own.
            var version = typeof(JitProfile).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
            ProfileOptimization.StartProfile($"{profile}-{string.Concat(version.Split(Path.GetInvalidFileNameChars()))}.profile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
