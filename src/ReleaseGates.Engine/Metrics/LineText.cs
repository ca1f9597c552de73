namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// The normalised texts of one line, as UTF-8 (see <see cref="GeneralizedUtf8"/>) in one reusable buffer
/// until the line is scored. Each text is stored padded: a space, its words separated by single spaces, a
/// space (" start metformin "; an empty text is " "), so that whole-word comparisons are plain byte
/// comparisons.
/// </summary>
internal sealed class LineText
{
    private readonly ITextNormalizer _normalizer;
    private readonly Utf8TextNormalizer? _utf8;
    private byte[] _buffer = new byte[1024];
    private char[] _normalized = new char[256];
    private int _length;

    public LineText(ITextNormalizer normalizer)
    {
        _normalizer = normalizer;
        _utf8 = Utf8TextNormalizer.For(normalizer);
    }

    /// <summary>The padded empty text, valid after <see cref="Reset"/>.</summary>
    public static TextRange Empty => new(0, 1, 0);

    public byte[] Buffer => _buffer;

    public ReadOnlySpan<byte> this[TextRange range] => _buffer.AsSpan(range.Start, range.Length);

    public void Reset()
    {
        _buffer[0] = (byte)' ';
        _length = 1;
    }

    /// <summary>Adds UTF-8 <paramref name="text"/> by the normaliser's fast path, when it has one and it takes the text.</summary>
    /// <returns>False, having added nothing, when the text must be decoded and given to <see cref="Add(ReadOnlySpan{char})"/>.</returns>
    public bool TryAdd(ReadOnlySpan<byte> text, out TextRange range)
    {
        range = default;
        if (_utf8 is null)
        {
            return false;
        }

        var start = Reserve(text.Length);
        var written = _utf8.Normalize(text, _buffer.AsSpan(start + 1, text.Length), out var words);
        if (written < 0)
        {
            return false;
        }

        range = Pad(start, written, words);
        return true;
    }

    public TextRange Add(ReadOnlySpan<char> text)
    {
        int written;
        while ((written = _normalizer.Normalize(text, _normalized)) < 0)
        {
            _normalized = new char[Math.Max(_normalized.Length * 2, text.Length)];
        }

        var normalized = _normalized.AsSpan(0, written);
        var spaces = 0;
        foreach (var c in normalized)
        {
            spaces += c == ' ' ? 1 : 0;
        }

        var start = Reserve(GeneralizedUtf8.MaxBytes(written));
        return Pad(start, GeneralizedUtf8.Encode(normalized, _buffer.AsSpan(start + 1)), written == 0 ? 0 : spaces + 1);
    }

    /// <summary>Makes room for a text of up to <paramref name="bytes"/> bytes and its padding; returns where it starts.</summary>
    private int Reserve(int bytes)
    {
        if (_buffer.Length < _length + bytes + 2)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes + 2));
        }

        return _length;
    }

    private TextRange Pad(int start, int written, int words)
    {
        if (written == 0)
        {
            return Empty;
        }

        _buffer[start] = (byte)' ';
        _buffer[start + written + 1] = (byte)' ';
        _length = start + written + 2;
        return new TextRange(start, written + 2, words);
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
