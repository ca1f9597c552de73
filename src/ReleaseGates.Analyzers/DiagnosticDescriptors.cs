using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers;

/// <summary>
/// All diagnostic descriptors in one place, each with a help link to docs/rules/ID.md. Messages are
/// composed by the rules ("{0}") because each one names what leaked, where, and the fix for that case.
/// IDs are passed as constants so that release tracking (RS2000-RS2008) can check them.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string PrivacyCategory = "Privacy";
    private const string ReleaseCategory = "Release";
    private const string ConfigurationCategory = "Configuration";

    public static readonly DiagnosticDescriptor InvalidGatesFile = new(
        RuleIdentifiers.InvalidGatesFile,
        title: "gates.json is invalid",
        messageFormat: "{0}",
        category: ConfigurationCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "gates.json is read by the release gate at build time; a mistake in it would fail the build later or, worse, pass a budget silently. Fix the file at the reported line.",
        helpLinkUri: RuleIdentifiers.HelpLinkBase + RuleIdentifiers.InvalidGatesFile + ".md");

    public static readonly DiagnosticDescriptor TranscriptReachesLog = new(
        RuleIdentifiers.TranscriptReachesLog,
        title: "Transcript text reaches a log or telemetry sink",
        messageFormat: "{0}",
        category: PrivacyCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Transcripts are the most private data a speech product holds. Log a content-free value (its length, a count, an id) or pass it through a redactor.",
        helpLinkUri: RuleIdentifiers.HelpLinkBase + RuleIdentifiers.TranscriptReachesLog + ".md");

    public static readonly DiagnosticDescriptor TranscriptInExceptionMessage = new(
        RuleIdentifiers.TranscriptInExceptionMessage,
        title: "Transcript text is put into an exception message",
        messageFormat: "{0}",
        category: PrivacyCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Exception messages end up in logs, crash reports and telemetry. Put a content-free value (its length, an id) into the message, or redact the text.",
        helpLinkUri: RuleIdentifiers.HelpLinkBase + RuleIdentifiers.TranscriptInExceptionMessage + ".md");

    public static readonly DiagnosticDescriptor AudioReachesLog = new(
        RuleIdentifiers.AudioReachesLog,
        title: "Raw audio reaches a log or telemetry sink",
        messageFormat: "{0}",
        category: PrivacyCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Audio carries the speaker's voice and everything they said. Log its duration or byte count instead.",
        helpLinkUri: RuleIdentifiers.HelpLinkBase + RuleIdentifiers.AudioReachesLog + ".md");

    public static readonly DiagnosticDescriptor ModelSelectedWithoutRollbackFlag = new(
        RuleIdentifiers.ModelSelectedWithoutRollbackFlag,
        title: "Model or voice selected by a hard-coded value without a rollback flag",
        messageFormat: "{0}",
        category: ReleaseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Roll back a bad model by flag, not by redeploying the service: select the candidate only on a path decided by a feature-flag check, or read the model from configuration.",
        helpLinkUri: RuleIdentifiers.HelpLinkBase + RuleIdentifiers.ModelSelectedWithoutRollbackFlag + ".md");

    public static readonly DiagnosticDescriptor RollbackFlagNotDeclared = new(
        RuleIdentifiers.RollbackFlagNotDeclared,
        title: "Rollback flag is not declared in gates.json",
        messageFormat: "{0}",
        category: ReleaseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The flags that switch a candidate off belong in gates.json release.rollback_flags, so that the people who run the gate know which switch rolls it back.",
        helpLinkUri: RuleIdentifiers.HelpLinkBase + RuleIdentifiers.RollbackFlagNotDeclared + ".md");

    public static readonly DiagnosticDescriptor RollbackFlagDefaultEnablesCandidate = new(
        RuleIdentifiers.RollbackFlagDefaultEnablesCandidate,
        title: "Rollback flag fallback turns the candidate on",
        messageFormat: "{0}",
        category: ReleaseCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "When the flag service is down, a flag read returns its fallback default. A rollback flag whose fallback selects the candidate cannot roll it back in exactly the incident where it matters. Default to the baseline.",
        helpLinkUri: RuleIdentifiers.HelpLinkBase + RuleIdentifiers.RollbackFlagDefaultEnablesCandidate + ".md");

}
