using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Engine.Gates;

/// <summary>A gates.json read: the configuration when it is valid, otherwise every error found in it.</summary>
public sealed class GatesConfigParseResult
{
    private GatesConfigParseResult(GatesConfig? config, IReadOnlyList<GateDiagnostic> errors)
    {
        Config = config;
        Errors = errors;
    }

    public GatesConfig? Config { get; }

    public IReadOnlyList<GateDiagnostic> Errors { get; }

    public bool Succeeded => Config is not null;

    /// <summary>Neither a configuration nor errors: the text could not be checked at all (a host without a JSON reader).</summary>
    public static GatesConfigParseResult Unchecked { get; } = new(null, Array.Empty<GateDiagnostic>());

    internal static GatesConfigParseResult Valid(GatesConfig config) => new(config, Array.Empty<GateDiagnostic>());

    internal static GatesConfigParseResult Invalid(IReadOnlyList<GateDiagnostic> errors) => new(null, errors);
}
