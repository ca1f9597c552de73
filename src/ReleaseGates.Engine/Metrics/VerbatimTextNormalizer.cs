namespace ReleaseGates.Engine.Metrics;

/// <summary><c>--normalizer none</c>: the text is scored as given (case and punctuation count); only the
/// whitespace between words is collapsed, since words are what is scored.</summary>
public sealed class VerbatimTextNormalizer : ITextNormalizer
{
    public static VerbatimTextNormalizer Instance { get; } = new();

    public string Name => "none";

    public string Identity => Name + "/1";

    public int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (destination.Length < text.Length)
        {
            return -1;
        }

        var written = 0;
        var afterSpace = true;
        foreach (var c in text)
        {
            var space = StandardTextNormalizer.IsWhiteSpace(c);
            if (space && afterSpace)
            {
                continue;
            }

            destination[written++] = space ? ' ' : c;
            afterSpace = space;
        }

        return written > 0 && afterSpace ? written - 1 : written;
    }
}
