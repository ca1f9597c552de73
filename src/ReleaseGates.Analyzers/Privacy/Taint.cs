namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The private content a value carries, where it first came from in words a message can use
/// ("RecognitionResult.Text (Azure AI Speech)"), and which parameters of the method being summarized flow into it
/// (one bit per parameter, numbered by <see cref="LocalFlow"/>). The default value is clean.
/// </summary>
internal readonly record struct Taint(DataKind Kind, string? Origin, ulong Parameters = 0)
{
    public static readonly Taint Clean;

    public bool IsClean => Kind == DataKind.None && Parameters == 0;

    public bool CarriesContent => Kind != DataKind.None;

    /// <summary>Both kinds and both parameter sets; the origin of the first side that carries content is kept.</summary>
    public Taint Union(Taint other)
    {
        if (other.IsClean || (((Kind | other.Kind) == Kind) && ((Parameters | other.Parameters) == Parameters)))
        {
            return this;
        }

        return IsClean ? other : new Taint(Kind | other.Kind, CarriesContent ? Origin : other.Origin, Parameters | other.Parameters);
    }

    /// <summary>Only the given kinds of content (e.g. the transcript part of a value that carries both), without parameters.</summary>
    public Taint Only(DataKind kinds) => (Kind & kinds) == DataKind.None ? Clean : new Taint(Kind & kinds, Origin);

    public Taint WithoutParameters(ulong parameters) =>
        (Parameters & parameters) == 0 ? this : new Taint(Kind, Origin, Parameters & ~parameters);
}
