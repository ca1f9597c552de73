using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGates.Analyzers.Common;

/// <summary>
/// Reads <c>release_gates.*</c> keys from .editorconfig / .globalconfig. Lists are split on ',' and ';' as the
/// contract says, but Roslyn's config parser ends a value at ';' or '#' (they start a comment), so in a config file
/// only ',' separates entries; the documentation says so.
/// </summary>
internal static class ReleaseGatesOptions
{
    public const string NameHeuristics = "release_gates.name_heuristics";
    public const string ConsoleIsSink = "release_gates.console_is_sink";
    public const string TranscriptMembers = "release_gates.transcript_members";
    public const string LogSinks = "release_gates.log_sinks";
    public const string SanitizerMethods = "release_gates.sanitizer_methods";
    public const string ModelSelectors = "release_gates.model_selectors";
    public const string FlagCheckMethods = "release_gates.flag_check_methods";

    /// <summary>MSBuild's ReleaseGatesFile, made visible to the compiler by the package's targets.</summary>
    public const string GatesFileProperty = "build_property.ReleaseGatesFile";

    private static readonly char[] ListSeparators = { ';', ',' };

    public static bool GetBool(AnalyzerConfigOptions options, string key, bool defaultValue) =>
        options.TryGetValue(key, out var value) && bool.TryParse(value.Trim(), out var parsed) ? parsed : defaultValue;

    public static ImmutableArray<string> GetList(AnalyzerConfigOptions options, string key)
    {
        if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                builder.Add(trimmed);
            }
        }

        return builder.ToImmutable();
    }
}
