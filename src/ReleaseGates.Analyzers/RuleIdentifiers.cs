namespace ReleaseGates.Analyzers;

/// <summary>Every rule ID in one table; the help links are built from it.</summary>
internal static class RuleIdentifiers
{
    public const string InvalidGatesFile = "RG0001";
    public const string TranscriptReachesLog = "RG1001";
    public const string TranscriptInExceptionMessage = "RG1002";
    public const string AudioReachesLog = "RG1003";
    public const string ModelSelectedWithoutRollbackFlag = "RG2001";
    public const string RollbackFlagNotDeclared = "RG2002";
    public const string RollbackFlagDefaultEnablesCandidate = "RG2003";

    public const string HelpLinkBase = "https://github.com/release-gates/ReleaseGates/blob/main/docs/rules/";
}
