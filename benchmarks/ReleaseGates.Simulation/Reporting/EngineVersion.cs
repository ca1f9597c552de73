using System.Diagnostics;

namespace ReleaseGates.Simulation.Reporting;

/// <summary>
/// Which engine the figures are of: the engine is a project reference, so it is the checkout's src/ReleaseGates.Engine —
/// named by the last commit (not a merge) that changed it, with the commit checked out beside it, and marked when it
/// has uncommitted changes.
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

        var head = Git(root, "rev-parse --short=7 HEAD");
        var engine = Git(root, "log -1 --no-merges --format=%h --abbrev=7 -- src/ReleaseGates.Engine");
        if (head is null || engine is null)
        {
            return "unknown (git not available)";
        }

        var subject = Git(root, "log -1 --no-merges --format=%s -- src/ReleaseGates.Engine");
        var dirty = Git(root, "status --porcelain -- src/ReleaseGates.Engine");
        var branch = Git(root, "rev-parse --abbrev-ref HEAD");
        return $"src/ReleaseGates.Engine at {engine} (\"{subject}\"){(string.IsNullOrWhiteSpace(dirty) ? string.Empty : " + uncommitted changes")}, checkout {branch}@{head}";
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
