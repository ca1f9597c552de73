namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The private content a value carries and where it first came from, in words a message can use
/// (e.g. "RecognitionResult.Text (Azure AI Speech)"). The default value is clean.
/// </summary>
internal readonly struct Taint
{
    public static readonly Taint Clean;

    public Taint(DataKind kind, string origin)
    {
        Kind = kind;
        Origin = origin;
    }

    public DataKind Kind { get; }

    public string? Origin { get; }

    public bool IsClean => Kind == DataKind.None;

    /// <summary>Both kinds; the origin of the first tainted side is kept, so messages name the first source found.</summary>
    public Taint Union(Taint other)
    {
        if (other.IsClean || (Kind | other.Kind) == Kind)
        {
            return this;
        }

        return IsClean ? other : new Taint(Kind | other.Kind, Origin!);
    }

    /// <summary>Only the given kinds of this taint (e.g. the transcript part of a value that carries both).</summary>
    public Taint Only(DataKind kinds) => (Kind & kinds) == DataKind.None ? Clean : new Taint(Kind & kinds, Origin!);
}
