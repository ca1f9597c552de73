namespace ReleaseGates.Engine.Diagnostics;

/// <summary>
/// The IDs of every diagnostic the gate reports in a build and on the command line (RG4001-RG4099), and the help
/// links of every ReleaseGates rule, analyzers included: one table, so an ID is spelled once.
/// </summary>
public static class GateRules
{
    public const string HelpLinkBase = "https://github.com/release-gates/ReleaseGates/blob/main/docs/rules/";

    /// <summary>A budget that rolls back regressed (error).</summary>
    public const string Rollback = "RG4001";

    /// <summary>The canary should pause: a pause budget regressed, a metric is missing, a slice is too small, or a result is inconclusive (warning).</summary>
    public const string Pause = "RG4002";

    /// <summary>gates.json or an evaluation output is invalid (error).</summary>
    public const string InvalidInput = "RG4003";

    /// <summary>A waiver has expired (warning).</summary>
    public const string ExpiredWaiver = "RG4004";

    /// <summary>Utterances present on one side only are left out (warning).</summary>
    public const string OneSidedUtterances = "RG4005";

    /// <summary>One side does not record its normaliser or evaluation set, so comparability could not be checked (warning).</summary>
    public const string Incomparable = "RG4006";

    public static IReadOnlyList<string> All { get; } = [Rollback, Pause, InvalidInput, ExpiredWaiver, OneSidedUtterances, Incomparable];

    /// <summary>The page that explains <paramref name="id"/>: docs/rules/ID.md.</summary>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
