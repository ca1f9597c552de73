using System;
using System.Runtime.CompilerServices;
using System.Threading;
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
        Parsed.GetValue(text, t => GatesConfigReader.Parse(t.ToString(), file.Path));

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
