using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Engine.Reports;

/// <summary>
/// GitHub Actions annotations for the gate's diagnostics: <c>::error file=…,line=…,col=…,title=RG4001::message</c> for
/// rollbacks and invalid input, <c>::warning …</c> for pauses and notices. The runner reads them from standard output
/// and standard error alike, and shows each on the workflow run and, for a file in the repository, on that line of the
/// pull request's diff.
/// </summary>
public static class GitHubWorkflowCommands
{
    /// <summary><c>true</c> in every GitHub Actions job.</summary>
    public const string ActionsVariable = "GITHUB_ACTIONS";

    /// <summary>The checkout folder; annotation paths are made relative to it.</summary>
    public const string WorkspaceVariable = "GITHUB_WORKSPACE";

    /// <param name="workspace">$GITHUB_WORKSPACE: files inside it are named relative to it, as GitHub's own tools do.</param>
    public static IEnumerable<string> For(IEnumerable<GateDiagnostic> diagnostics, string? workspace) =>
        diagnostics.Select(diagnostic => Annotation(diagnostic, workspace));

    public static string Annotation(GateDiagnostic diagnostic, string? workspace)
    {
        var properties = new List<string>();
        if (diagnostic.FilePath.Length > 0)
        {
            properties.Add("file=" + EscapeProperty(RepositoryPath(diagnostic.FilePath, workspace)));
            if (diagnostic.Line > 0)
            {
                properties.Add($"line={diagnostic.Line}");
                properties.Add($"col={diagnostic.Column}");
            }
        }

        properties.Add("title=" + EscapeProperty(diagnostic.Id));
        return $"::{(diagnostic.IsError ? "error" : "warning")} {string.Join(",", properties)}::{EscapeData(diagnostic.Message)}";
    }

    /// <summary>A command's message: <c>%</c>, CR and LF percent-encoded (what @actions/core's <c>escapeData</c> does).</summary>
    public static string EscapeData(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A property value: also <c>:</c> and <c>,</c>, which end a property (<c>escapeProperty</c>).</summary>
    public static string EscapeProperty(string text) => EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");

    private static string RepositoryPath(string path, string? workspace)
    {
        if (string.IsNullOrEmpty(workspace))
        {
            return path;
        }

        var root = Path.GetFullPath(workspace).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.StartsWith(root, comparison) ? path.Substring(root.Length).Replace('\\', '/') : path;
    }
}
