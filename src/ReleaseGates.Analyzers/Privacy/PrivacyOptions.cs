using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>The <c>release_gates.*</c> keys the privacy rules read, for one file.</summary>
internal sealed class PrivacyOptions
{
    private PrivacyOptions(bool nameHeuristics, bool consoleIsSink, MemberList transcriptMembers, MemberList logSinks, MemberList sanitizerMethods)
    {
        NameHeuristics = nameHeuristics;
        ConsoleIsSink = consoleIsSink;
        TranscriptMembers = transcriptMembers;
        LogSinks = logSinks;
        SanitizerMethods = sanitizerMethods;
        Key = string.Join("|", nameHeuristics, consoleIsSink, string.Join(";", transcriptMembers.Entries), string.Join(";", logSinks.Entries), string.Join(";", sanitizerMethods.Entries));
    }

    /// <summary><c>release_gates.name_heuristics</c> (default true): strings named transcript, utterance... are sources.</summary>
    public bool NameHeuristics { get; }

    /// <summary><c>release_gates.console_is_sink</c> (default true): in containers stdout is the log.</summary>
    public bool ConsoleIsSink { get; }

    /// <summary><c>release_gates.transcript_members</c>: more sources.</summary>
    public MemberList TranscriptMembers { get; }

    /// <summary><c>release_gates.log_sinks</c>: more sinks.</summary>
    public MemberList LogSinks { get; }

    /// <summary><c>release_gates.sanitizer_methods</c>: methods whose result carries no content.</summary>
    public MemberList SanitizerMethods { get; }

    /// <summary>Identifies equal configurations, so files that share one share their caches.</summary>
    public string Key { get; }

    /// <summary>What no configuration changes: name heuristics on, the console a sink, no lists.</summary>
    public static PrivacyOptions Defaults { get; } = new(true, true, MemberList.Empty, MemberList.Empty, MemberList.Empty);

    public static PrivacyOptions Read(AnalyzerConfigOptions options) => new(
        ReleaseGatesOptions.GetBool(options, ReleaseGatesOptions.NameHeuristics, defaultValue: true),
        ReleaseGatesOptions.GetBool(options, ReleaseGatesOptions.ConsoleIsSink, defaultValue: true),
        new MemberList(ReleaseGatesOptions.GetList(options, ReleaseGatesOptions.TranscriptMembers)),
        new MemberList(ReleaseGatesOptions.GetList(options, ReleaseGatesOptions.LogSinks)),
        new MemberList(ReleaseGatesOptions.GetList(options, ReleaseGatesOptions.SanitizerMethods)));
}
