namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// The minimum number of word substitutions, deletions and insertions (each costing 1) that turn the
/// reference into the hypothesis: S + D + I of the minimum-edit alignment (Levenshtein over words). The
/// distance is symmetric, so the shorter text is the pattern: its words are numbered, and each word of the
/// other text is only looked up (a word the pattern lacks matches no pattern position). Reused line after
/// line.
/// </summary>
internal sealed class WordEditDistance
{
    private readonly WordInterner _words = new();
    private readonly IntList _patternIds = new();
    private readonly IntList _textIds = new();
    private readonly ulong[] _positions = new ulong[64]; // by pattern word id: at most 64 distinct
    private int[] _row = new int[64];

    /// <summary>The distance between two padded texts (see <see cref="LineText"/>).</summary>
    public int Compute(ReadOnlySpan<byte> reference, ReadOnlySpan<byte> hypothesis)
    {
        // Some minimum alignment matches the words both start and end with, and most hypotheses are mostly
        // right: cutting them leaves little to align.
        PaddedWords.TrimCommonWords(ref reference, ref hypothesis);
        if (reference.Length == 1 || hypothesis.Length == 1)
        {
            return PaddedWords.Count(reference) + PaddedWords.Count(hypothesis); // only insertions or only deletions
        }

        // The shorter text (in bytes: it usually has fewer words too) is the pattern.
        _words.Reset();
        return reference.Length <= hypothesis.Length ? Align(reference, hypothesis) : Align(hypothesis, reference);
    }

    private int Align(ReadOnlySpan<byte> pattern, ReadOnlySpan<byte> text)
    {
        _patternIds.Clear();
        var words = new PaddedWordCursor(pattern);
        while (words.MoveNext(out var word, out var head))
        {
            _patternIds.Add(_words.Intern(word, head));
        }

        return _patternIds.Count <= 64 ? BitParallel(_patternIds.Span, text) : Table(_patternIds.Span, text);
    }

    /// <summary>
    /// Myers' bit-vector algorithm in Hyyrö's form for the global distance ("A bit-vector algorithm for computing
    /// Levenshtein and Damerau edit distances", Nordic Journal of Computing 10, 2003): one column of the table
    /// per word of the text, all of it in one 64-bit word, for a pattern of at most 64 words.
    /// </summary>
    private int BitParallel(ReadOnlySpan<int> pattern, ReadOnlySpan<byte> text)
    {
        // The positions of each distinct pattern word, as bits.
        Array.Clear(_positions, 0, _words.Count);
        for (var i = 0; i < pattern.Length; i++)
        {
            _positions[pattern[i]] |= 1UL << i;
        }

        var last = 1UL << (pattern.Length - 1);
        var plusVertical = pattern.Length == 64 ? ulong.MaxValue : (1UL << pattern.Length) - 1;
        var minusVertical = 0UL;
        var distance = pattern.Length;
        var words = new PaddedWordCursor(text);
        while (words.MoveNext(out var word, out var head))
        {
            var id = _words.Find(word, head);
            var equal = id < 0 ? 0 : _positions[id];
            var xv = equal | minusVertical;
            var xh = (((equal & plusVertical) + plusVertical) ^ plusVertical) | equal;
            var plusHorizontal = minusVertical | ~(xh | plusVertical);
            var minusHorizontal = plusVertical & xh;
            if ((plusHorizontal & last) != 0)
            {
                distance++;
            }
            else if ((minusHorizontal & last) != 0)
            {
                distance--;
            }

            // Row 0 of the table is 0, 1, 2...: its horizontal difference is always +1.
            plusHorizontal = (plusHorizontal << 1) | 1;
            minusHorizontal <<= 1;
            plusVertical = minusHorizontal | ~(xv | plusHorizontal);
            minusVertical = plusHorizontal & xv;
        }

        return distance;
    }

    /// <summary>The textbook dynamic programme, one row at a time: for patterns longer than 64 words. A text word
    /// the pattern lacks is -1, equal to no pattern word (text words are never compared with each other).</summary>
    private int Table(ReadOnlySpan<int> pattern, ReadOnlySpan<byte> text)
    {
        _textIds.Clear();
        var words = new PaddedWordCursor(text);
        while (words.MoveNext(out var word, out var head))
        {
            _textIds.Add(_words.Find(word, head));
        }

        var textIds = _textIds.Span;
        if (_row.Length <= textIds.Length)
        {
            _row = new int[Math.Max(_row.Length * 2, textIds.Length + 1)];
        }

        // row[j] = distance(pattern[..i], text[..j]).
        var row = _row.AsSpan(0, textIds.Length + 1);
        for (var j = 0; j < row.Length; j++)
        {
            row[j] = j;
        }

        var i = 0;
        foreach (var id in pattern)
        {
            var diagonal = row[0];
            row[0] = ++i;
            for (var j = 1; j < row.Length; j++)
            {
                var substitution = diagonal + (id == textIds[j - 1] ? 0 : 1);
                diagonal = row[j];
                var deletionOrInsertion = Math.Min(diagonal, row[j - 1]) + 1;
                row[j] = Math.Min(substitution, deletionOrInsertion);
            }
        }

        return row[textIds.Length];
    }
}
