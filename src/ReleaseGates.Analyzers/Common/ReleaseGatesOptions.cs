using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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

    /// <summary>
    /// The entries of a list option. A separator inside parentheses or braces belongs to the entry, so that a
    /// documentation-comment ID with several parameters (<c>M:C.M(System.String,System.Int32)</c>) stays whole.
    /// </summary>
    public static ImmutableArray<string> GetList(AnalyzerConfigOptions options, string key)
    {
        if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var atEnd = i == value.Length;
            var c = atEnd ? ',' : value[i];
            depth += c is '(' or '{' ? 1 : c is ')' or '}' ? -1 : 0;
            if (atEnd || (Array.IndexOf(ListSeparators, c) >= 0 && depth <= 0))
            {
                var entry = value.Substring(start, i - start).Trim();
                if (entry.Length > 0)
                {
                    builder.Add(entry);
                }

                start = i + 1;
                depth = 0;
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Whether the global configuration or any file's configuration sets <paramref name="key"/> to a non-empty value.</summary>
    public static bool AnyFileSets(Compilation compilation, AnalyzerConfigOptionsProvider provider, string key)
    {
        if (provider.GlobalOptions.TryGetValue(key, out var global) && !string.IsNullOrWhiteSpace(global))
        {
            return true;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (provider.GetOptions(tree).TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return true;
            }
        }

        return false;
    }
}
