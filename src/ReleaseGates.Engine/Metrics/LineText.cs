using System;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// The normalised texts of one line, kept in one reusable buffer until the line is scored. Each text is
/// stored padded: a space, its words separated by single spaces, a space (" start metformin "; an empty
/// text is " "), so that whole-word comparisons are plain character comparisons.
/// </summary>
internal sealed class LineText
{
    private char[] _buffer = new char[1024];
    private int _length;

    /// <summary>The padded empty text, valid after <see cref="Reset"/>.</summary>
    public static TextRange Empty => new(0, 1, 0);

    public char[] Buffer => _buffer;

    public ReadOnlySpan<char> this[TextRange range] => _buffer.AsSpan(range.Start, range.Length);

    public void Reset()
    {
        _buffer[0] = ' ';
        _length = 1;
    }

    public TextRange Add(ReadOnlySpan<char> text, ITextNormalizer normalizer)
    {
        var start = _length;
        int written;
        while (_buffer.Length < start + 2 || (written = normalizer.Normalize(text, _buffer.AsSpan(start + 1, _buffer.Length - start - 2))) < 0)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, start + (text.Length * 2) + 2));
        }

        if (written == 0)
        {
            return Empty;
        }

        _buffer[start] = ' ';
        _buffer[start + written + 1] = ' ';
        _length = start + written + 2;
        return new TextRange(start, written + 2, PaddedWords.Count(_buffer.AsSpan(start, written + 2)));
    }
}

/// <summary>Where a padded text lies in a <see cref="LineText"/>, and how many words it has.</summary>
internal readonly struct TextRange
{
    public TextRange(int start, int length, int words)
    {
        Start = start;
        Length = length;
        Words = words;
    }

    public int Start { get; }

    public int Length { get; }

    public int Words { get; }
}
