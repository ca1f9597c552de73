namespace ReleaseGates.Analyzers;

/// <summary>
/// Every analyzer rule ID in one table, each named as its analyzer class. Help links come from the engine's
/// <see cref="Engine.Diagnostics.GateRules.HelpLink"/>, which builds them for the build's rules too.
/// </summary>
internal static class RuleIdentifiers
{
    public const string InvalidGatesFile = "RG0001";
    public const string TranscriptReachesLog = "RG1001";
    public const string TranscriptInExceptionMessage = "RG1002";
    public const string AudioReachesLog = "RG1003";
    public const string HardCodedModelSelection = "RG2001";
    public const string UndeclaredRollbackFlag = "RG2002";
    public const string FlagFallbackEnablesCandidate = "RG2003";
}
