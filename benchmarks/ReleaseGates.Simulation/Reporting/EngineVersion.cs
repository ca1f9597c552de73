using System.Diagnostics;

namespace ReleaseGates.Simulation.Reporting;

/// <summary>
/// Which engine the figures are of: the git commit of the repository the harness was built from (the engine is a
/// project reference, so it is that commit's engine), marked when src/ReleaseGates.Engine has uncommitted changes.
/// </summary>
internal static class EngineVersion
{
    public static string Describe()
    {
        var root = RepositoryRoot();
        if (root is null)
        {
            return "unknown (not run from a ReleaseGates checkout)";
        }

        var commit = Git(root, "rev-parse --short=7 HEAD");
        if (commit is null)
        {
            return "unknown (git not available)";
        }

        var dirty = Git(root, "status --porcelain -- src/ReleaseGates.Engine");
        var subject = Git(root, "log -1 --format=%s");
        return $"{commit}{(string.IsNullOrWhiteSpace(dirty) ? string.Empty : " + uncommitted engine changes")} ({subject})";
    }

    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReleaseGates.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static string? Git(string root, string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", $"-C \"{root}\" {arguments}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
