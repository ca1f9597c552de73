namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// Turns a transcript into the text that is scored: its words separated by single spaces (U+0020), with
/// no space at the start or the end. Replaceable so that a team can score with its own conventions
/// (number spelling, hyphen handling) without changing the engine.
/// </summary>
public interface ITextNormalizer
{
    /// <summary>The name users pass to <c>--normalizer</c>.</summary>
    string Name { get; }

    /// <summary>Name and version as evaluation outputs record it ("standard/1"): a changed normaliser gets a new
    /// version, so outputs scored before and after are not compared as if alike (contract §9).</summary>
    string Identity { get; }

    /// <summary>Writes the normalised form of <paramref name="text"/> into <paramref name="destination"/>.</summary>
    /// <returns>The number of characters written, or -1 when <paramref name="destination"/> is too small
    /// (the caller retries with a larger one).</returns>
    int Normalize(ReadOnlySpan<char> text, Span<char> destination);
}
