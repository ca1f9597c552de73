using Microsoft.Build.Utilities;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Tasks;

/// <summary>
/// Base of every ReleaseGates task: an unexpected exception becomes one clear error, never MSBuild's MSB4018 stack trace.
/// </summary>
public abstract class ReleaseGatesTask : Task
{
    public sealed override bool Execute()
    {
        try
        {
            ExecuteCore();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Report(GateDiagnostic.InvalidInput(string.Empty, TextSpan.None,
                $"the release gate failed unexpectedly ({e.GetType().Name}: {e.Message}); set ReleaseGatesEnabled=false to build without it, and please report this"));
        }

        return !Log.HasLoggedErrors;
    }

    protected abstract void ExecuteCore();

    /// <summary>
    /// Logs a diagnostic at its file, line and column, with its help link, as an error or a warning. Only the start:
    /// "file(line,col,endLine,endCol)" is canonical too, but CI problem matchers (GitHub's among them) read two numbers.
    /// </summary>
    protected void Report(GateDiagnostic diagnostic)
    {
        var file = diagnostic.FilePath.Length == 0 ? null : diagnostic.FilePath;
        var start = diagnostic.Span.Start;
        var helpLink = GateRules.HelpLink(diagnostic.Id);
        if (diagnostic.IsError)
        {
            Log.LogError(null, diagnostic.Id, null, helpLink, file, start.Line, start.Column, 0, 0, diagnostic.Message);
        }
        else
        {
            Log.LogWarning(null, diagnostic.Id, null, helpLink, file, start.Line, start.Column, 0, 0, diagnostic.Message);
        }
    }
}
