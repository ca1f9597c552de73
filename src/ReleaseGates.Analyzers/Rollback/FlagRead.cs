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
internal sealed class FlagRead
{
    public FlagRead(
        FlagValueKind kind,
        string api,
        string? flagName,
        Location? flagNameLocation,
        IOperation? fallbackDefault,
        ISymbol? declaringSymbol)
    {
        Kind = kind;
        Api = api;
        FlagName = flagName;
        FlagNameLocation = flagNameLocation;
        FallbackDefault = fallbackDefault;
        DeclaringSymbol = declaringSymbol;
    }

    public FlagValueKind Kind { get; }

    /// <summary>How the flag is read, for messages: "IFeatureManager.IsEnabledAsync", "[FeatureGate]".</summary>
    public string Api { get; }

    /// <summary>The flag's name when it is a constant; null when it is computed at run time.</summary>
    public string? FlagName { get; }

    /// <summary>Where the flag's name is written (an argument or an attribute argument); null when it is not written in source.</summary>
    public Location? FlagNameLocation { get; }

    /// <summary>The value written as the fallback default (what the read returns when the flag service is down), if any.</summary>
    public IOperation? FallbackDefault { get; }

    /// <summary>
    /// The symbol whose attribute names the flag (the enclosing code, or a flag-check member); null when the name is
    /// written at the read itself.
    /// </summary>
    public ISymbol? DeclaringSymbol { get; }
}
