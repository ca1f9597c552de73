using System;
using Microsoft.Build.Utilities;

namespace ReleaseGates.Tasks;

/// <summary>
/// Base of every ReleaseGates task: an unexpected exception becomes one clear error, never MSBuild's MSB4018 stack trace.
/// </summary>
public abstract class ReleaseGatesTask : Task
{
    internal const string HelpLinkBase = "https://github.com/release-gates/ReleaseGates/blob/main/docs/rules/";

    public sealed override bool Execute()
    {
        try
        {
            ExecuteCore();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log.LogError(
                subcategory: null,
                errorCode: "RG4003",
                helpKeyword: null,
                helpLink: HelpLinkBase + "RG4003.md",
                file: null,
                lineNumber: 0,
                columnNumber: 0,
                endLineNumber: 0,
                endColumnNumber: 0,
                message: $"the release gate failed unexpectedly ({e.GetType().Name}: {e.Message}); set ReleaseGatesEnabled=false to build without it, and please report this");
        }

        return !Log.HasLoggedErrors;
    }

    protected abstract void ExecuteCore();
}
