using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>What a flag read returns: whether a feature is on, or a variant (a string, a number, a variant object).</summary>
internal enum FlagValueKind
{
    Boolean,
    Variant,
}

/// <summary>
/// One read of a feature flag: a call to a flag API, a member marked <c>[RollbackFlag]</c>, or a
/// <c>[FeatureGate]</c>/<c>[RollbackFlag]</c> attribute on the code that contains a model selection.
/// </summary>
/// <param name="Kind">On/off or variant.</param>
/// <param name="Api">How the flag is read, for messages: "IFeatureManager.IsEnabledAsync", "[FeatureGate]".</param>
/// <param name="FlagName">The flag's name when it is a constant; null when it is computed at run time.</param>
/// <param name="FlagNameLocation">Where the flag's name is written (an argument or an attribute argument); null when it is not written in source.</param>
/// <param name="FallbackDefault">The value written as the fallback default (what the read returns when the flag service is down), if any.</param>
/// <param name="DeclaringSymbol">The symbol whose attribute names the flag (the enclosing code, or a flag-check member); null when the name is written at the read itself.</param>
internal sealed record FlagRead(
    FlagValueKind Kind,
    string Api,
    string? FlagName,
    Location? FlagNameLocation,
    IOperation? FallbackDefault,
    ISymbol? DeclaringSymbol);
