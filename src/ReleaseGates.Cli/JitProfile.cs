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
    /// <summary>Starts recording (and replaying what the last run of <paramref name="command"/> recorded), in a folder of
    /// the temporary files that is the user's own (the temporary folder may be shared); where it cannot be written, the
    /// run goes on without.</summary>
    public static void Start(string command)
    {
        try
        {
            var folder = Path.Combine(Path.GetTempPath(), $"release-gates-{string.Concat(Environment.UserName.Split(Path.GetInvalidFileNameChars()))}", "jit");
            Directory.CreateDirectory(folder);
            ProfileOptimization.SetProfileRoot(folder);

            // A profile names methods of one build: a new version records its own.
            var version = typeof(JitProfile).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
            ProfileOptimization.StartProfile($"{command}-{string.Concat(version.Split(Path.GetInvalidFileNameChars()))}.profile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
