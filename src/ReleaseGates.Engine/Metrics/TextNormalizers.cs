namespace ReleaseGates.Engine.Metrics;

/// <summary>The normalizers a user can name on the command line.</summary>
public static class TextNormalizers
{
    public static IReadOnlyList<string> Names { get; } = ["standard", "none"];

    public static bool TryGet(string name, out ITextNormalizer normalizer)
    {
        normalizer = name switch
        {
            "standard" => StandardTextNormalizer.Instance,
            "none" => VerbatimTextNormalizer.Instance,
            _ => null!,
        };
        return normalizer is not null;
    }
}
