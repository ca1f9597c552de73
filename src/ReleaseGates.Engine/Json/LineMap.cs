namespace ReleaseGates.Engine.Json;

/// <summary>
/// Turns UTF-8 byte offsets (what Utf8JsonReader reports) into the 1-based line and character column an editor shows.
/// </summary>
internal sealed class LineMap
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = new() { 0 };

    // The parser asks for positions in increasing order; remembering the last answer keeps a long line (an
    // evaluation output with hundreds of metrics on one line) linear instead of quadratic.
    private int _lastLine;
    private int _lastOffset;
    private int _lastColumn = 1;

    public LineMap(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public TextPosition PositionOf(long byteOffset)
    {
        var offset = (int)Math.Min(Math.Max(byteOffset, 0), _utf8.Length);
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var column = line == _lastLine && offset >= _lastOffset
            ? _lastColumn + CharactersBetween(_lastOffset, offset)
            : 1 + CharactersBetween(_lineStarts[line], offset);
        _lastLine = line;
        _lastOffset = offset;
        _lastColumn = column;
        return new TextPosition(line + 1, column);
    }

    /// <param name="zeroBasedLine">JsonException.LineNumber.</param>
    /// <param name="bytePositionInLine">JsonException.BytePositionInLine.</param>
    public TextPosition PositionOf(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Min(Math.Max(zeroBasedLine, 0), _lineStarts.Count - 1);
        return PositionOf(_lineStarts[line] + bytePositionInLine);
    }

    /// <summary>
    /// The token that starts where the reader stopped: a string to its closing quote, anything else to the next
    /// delimiter on the line, at least one character. An editor underlines it.
    /// </summary>
    public TextSpan TokenAt(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Min(Math.Max(zeroBasedLine, 0), _lineStarts.Count - 1);
        var start = (int)Math.Min(_lineStarts[line] + Math.Max(bytePositionInLine, 0), _utf8.Length);
        var lineEnd = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] - 1 : _utf8.Length;
        var end = start;
        if (end < lineEnd && _utf8[end] == (byte)'"')
        {
            for (end++; end < lineEnd && _utf8[end] != (byte)'"'; end++)
            {
                end += _utf8[end] == (byte)'\\' ? 1 : 0;
            }

            end = Math.Min(end + 1, lineEnd);
        }
        else
        {
            while (end < lineEnd && !IsDelimiter(_utf8[end]))
            {
                end++;
            }
        }

        return new TextSpan(PositionOf(start), PositionOf(Math.Min(Math.Max(end, start + 1), lineEnd)));
    }

    private static bool IsDelimiter(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)',' or (byte)':' or (byte)'{' or (byte)'}' or (byte)'[' or (byte)']';

    private int CharactersBetween(int start, int end)
    {
        var characters = 0;
        for (var i = start; i < end; i++)
        {
            // Count lead bytes only: a multi-byte character is one column.
            if ((_utf8[i] & 0xC0) != 0x80)
            {
                characters++;
            }
        }

        return characters;
    }
}
