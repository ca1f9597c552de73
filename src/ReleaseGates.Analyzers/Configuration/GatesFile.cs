using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReleaseGates.Analyzers.Common;
using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Analyzers.Configuration;

/// <summary>
/// The project's gates.json as the analyzers see it: the AdditionalFile named by MSBuild's ReleaseGatesFile (made
/// visible to the compiler by the package), or else an AdditionalFile named gates.json. It is read by the engine's own
/// reader — the one the MSBuild task and the CLI use — once per version of its text, however many compilations and
/// keystrokes see it.
/// </summary>
internal sealed class GatesFile
{
    private const string DefaultFileName = "gates.json";

    private static readonly ConditionalWeakTable<SourceText, GatesConfigParseResult> Parsed = new();

    private GatesFile(AdditionalText file, GatesConfigParseResult result)
    {
        File = file;
        Result = result;
    }

    public AdditionalText File { get; }

    public GatesConfigParseResult Result { get; }

    /// <summary>gates.json <c>release</c> when the file is valid; null when it is invalid (RG0001 reports that).</summary>
    public ReleaseInfo? Release => Result.Config?.Release;

    public string FileName => System.IO.Path.GetFileName(File.Path);

    /// <summary>The project's gates.json, read; null when the project has none.</summary>
    public static GatesFile? Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var file = Find(options);
        return file?.GetText(cancellationToken) is { } text ? new GatesFile(file, Parse(file, text)) : null;
    }

    public static bool IsGatesFile(AdditionalText file, AnalyzerOptions options) => Find(options) is { } found && SamePath(found.Path, file.Path);

    public static GatesConfigParseResult Parse(AdditionalText file, SourceText text) =>
        Parsed.GetValue(text, t => ParseWithEngine(t.ToString(), file.Path));

    /// <summary>
    /// The engine reads JSON with System.Text.Json, which the package takes from the compiler host (every host from
    /// Visual Studio 17.8 / .NET SDK 8 carries 8.x). Should a host lack it, the gates.json checks step aside: the build's
    /// RG4003 still reports an invalid gates.json.
    /// </summary>
    private static GatesConfigParseResult ParseWithEngine(string text, string path)
    {
        try
        {
            return GatesConfigReader.Parse(text, path);
        }
        catch (Exception e) when (e is System.IO.FileNotFoundException or System.IO.FileLoadException or TypeLoadException)
        {
            // Instead of an AD0001, which would silence the rule for the whole project.
            return GatesConfigParseResult.Unchecked;
        }
    }

    private static AdditionalText? Find(AnalyzerOptions options)
    {
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ReleaseGatesOptions.GatesFileProperty, out var configured);
        AdditionalText? byName = null;
        foreach (var file in options.AdditionalFiles)
        {
            if (!string.IsNullOrWhiteSpace(configured) && SamePath(file.Path, configured!))
            {
                return file;
            }

            if (byName is null && string.Equals(System.IO.Path.GetFileName(file.Path), DefaultFileName, StringComparison.OrdinalIgnoreCase))
            {
                byName = file;
            }
        }

        return byName;
    }

    private static bool SamePath(string left, string right) =>
        string.Equals(left.Trim().Replace('\\', '/'), right.Trim().Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);
}
