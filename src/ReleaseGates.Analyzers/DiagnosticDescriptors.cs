using Microsoft.CodeAnalysis;
using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Analyzers;

/// <summary>
/// Every descriptor, built by one helper, with every title, message and description in this file (the keys a .resx
/// would take). A message is what a build log shows: what was found and the fix in a phrase, about 150 characters at
/// most; the full advice is in the description and on the rule's page. IDs are passed as constants so that release
/// tracking (RS2000-RS2008) can check them.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string PrivacyCategory = "Privacy";
    private const string ReleaseCategory = "Release";
    private const string ConfigurationCategory = "Configuration";

    /// <summary>{0}: the engine's error message.</summary>
    public static readonly DiagnosticDescriptor InvalidGatesFile = Rule(
        RuleIdentifiers.InvalidGatesFile,
        ConfigurationCategory,
        title: "gates.json is invalid",
        message: "{0}",
        description: "gates.json is read by the release gate at build time; a mistake in it would fail the build later or, worse, pass a budget silently. Fix the file at the reported line.");

    /// <summary>{0}: the expression; {1}: where the transcript comes from; {2}: the sink; {3}: the fix.</summary>
    public static readonly DiagnosticDescriptor TranscriptReachesLog = Rule(
        RuleIdentifiers.TranscriptReachesLog,
        PrivacyCategory,
        title: "Transcript text reaches a log or telemetry sink",
        message: "Transcript '{0}' (from {1}) reaches {2}: {3}",
        description: "Transcripts are the most private data a speech product holds, and logs and telemetry are kept, copied and read far more widely than the audio store. Log a content-free value instead (its length, a count, an id, a confidence), or pass the text through a redactor: a Microsoft.Extensions.Compliance Redactor, a method marked [Redacts], or one listed in release_gates.sanitizer_methods. When the sink is a method of your own that logs its parameter, fix the call where the transcript enters.");

    /// <summary>{0}: the expression; {1}: where the transcript comes from; {2}: the exception message; {3}: the fix.</summary>
    public static readonly DiagnosticDescriptor TranscriptInExceptionMessage = Rule(
        RuleIdentifiers.TranscriptInExceptionMessage,
        PrivacyCategory,
        title: "Transcript text is put into an exception message",
        message: "Transcript '{0}' (from {1}) goes into {2}, which ends up in logs: {3}",
        description: "Exception messages end up in logs, crash reports and telemetry, far from the code that threw. Put a content-free value (the transcript's length, an id) into the message, or redact the text with the project's redactor.");

    /// <summary>{0}: the expression; {1}: where the audio comes from; {2}: the sink.</summary>
    public static readonly DiagnosticDescriptor AudioReachesLog = Rule(
        RuleIdentifiers.AudioReachesLog,
        PrivacyCategory,
        title: "Raw audio reaches a log or telemetry sink",
        message: "Raw audio '{0}' (from {1}) reaches {2}: log its byte count or duration instead",
        description: "Audio carries the speaker's voice and everything they said. Log its duration or byte count instead of the bytes, the stream or an object that holds them.");

    /// <summary>{0}: "Model" or "Voice"; {1}: the model(s); {2}: the selector; {3}: a flag to guard it with.</summary>
    public static readonly DiagnosticDescriptor HardCodedModelSelection = Rule(
        RuleIdentifiers.HardCodedModelSelection,
        ReleaseCategory,
        title: "Model or voice selected by a hard-coded value without a rollback flag",
        message: "{0} {1} is hard-coded at {2} with no rollback flag: check {3} first, or read it from configuration",
        description: "Roll back a bad model by switching a flag, not by redeploying the service. Select the candidate only on a path decided by a feature-flag check (if (await features.IsEnabledAsync(\"...\")) { candidate } else { baseline }), mark the method [RollbackFlag(\"...\")], or read the model from configuration; list the flag in gates.json release.rollback_flags.");

    /// <summary>{0}: the flag; {1}: where it was read or declared; {2}: gates.json's file name.</summary>
    public static readonly DiagnosticDescriptor UndeclaredRollbackFlag = Rule(
        RuleIdentifiers.UndeclaredRollbackFlag,
        ReleaseCategory,
        title: "Rollback flag is not declared in gates.json",
        message: "Flag \"{0}\" switches a model ({1}) but is not in {2} release.rollback_flags: add it there",
        description: "The flags that switch a candidate off belong in gates.json release.rollback_flags, so that the people who run the release gate know which switch rolls the candidate back.");

    /// <summary>{0}: the flag; {1}: the fallback as written; {2}: what it turns on; {3}: the fix.</summary>
    public static readonly DiagnosticDescriptor FlagFallbackEnablesCandidate = Rule(
        RuleIdentifiers.FlagFallbackEnablesCandidate,
        ReleaseCategory,
        title: "Rollback flag fallback turns the candidate on",
        message: "{0} falls back to {1} when the flag service is down, which selects {2}: {3}",
        description: "When the flag service is down, a flag read returns its fallback default. A rollback flag whose fallback selects the candidate cannot roll it back in exactly the incident where it matters. Fall back to the baseline: false for an on/off flag, gates.json release.baseline for a variant.");

    private static DiagnosticDescriptor Rule(string id, string category, string title, string message, string description) => new(
        id,
        title,
        message,
        category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description,
        GateRules.HelpLink(id));
}
