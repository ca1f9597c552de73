namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// Scores one utterance from its texts, whatever order its fields come in: each text is normalised into
/// the line's buffer as it arrives, and <see cref="Score"/> turns them into the utterance's numbers.
/// Reused line after line; holds no text between lines.
/// </summary>
internal sealed class UtteranceScorer
{
    private readonly LineText _text;
    private readonly WordEditDistance _distance = new();
    private readonly IntList _entities = new(); // start, length, words
    private readonly IntList _partials = new(); // start, length, words
    private TextRange _reference;
    private TextRange _hypothesis;
    private bool _hasPartials;
    private bool _hasReference;

    public UtteranceScorer(ITextNormalizer normalizer)
    {
        _text = new LineText(normalizer);
    }

    public void Reset()
    {
        _text.Reset();
        _entities.Clear();
        _partials.Clear();
        _reference = LineText.Empty;
        _hypothesis = LineText.Empty;
        _hasPartials = false;
        _hasReference = false;
    }

    /// <summary>Whether the line gave a reference (null counts as an empty one).</summary>
    public bool HasReference => _hasReference;

    /// <summary>The normalised reference's words separated by single spaces, as UTF-8; empty without one.</summary>
    public ReadOnlySpan<byte> NormalizedReference =>
        _reference.Length <= 2 ? ReadOnlySpan<byte>.Empty : _text[_reference].Slice(1, _reference.Length - 2);

    /// <summary>Marks that the line has a reference even when it is null (no words).</summary>
    public void MarkReference() => _hasReference = true;

    /// <summary>Adds a text given as UTF-8, unescaped, by the normaliser's fast path (see <see cref="Utf8TextNormalizer"/>).</summary>
    /// <returns>False, having added nothing, when the text must be decoded and given to <see cref="Add(TextKind, ReadOnlySpan{char})"/> instead.</returns>
    public bool TryAdd(TextKind kind, ReadOnlySpan<byte> utf8)
    {
        if (!_text.TryAdd(utf8, out var range))
        {
            return false;
        }

        Keep(kind, range);
        return true;
    }

    public void Add(TextKind kind, ReadOnlySpan<char> text) => Keep(kind, _text.Add(text));

    /// <summary>Marks that the utterance has a <c>partials</c> list (possibly empty): it then has a churn figure.</summary>
    public void BeginPartials() => _hasPartials = true;

    public void Score(out TextScore score)
    {
        var reference = _text[_reference];
        var hypothesis = _text[_hypothesis];
        score.ReferenceWords = _reference.Words;
        score.Edits = _distance.Compute(reference, hypothesis);
        score.Entities = _entities.Count / 3;
        score.EntityMisses = 0;
        for (var i = 0; i < _entities.Count; i += 3)
        {
            if (!PaddedWords.Contains(hypothesis, Text(_entities, i)))
            {
                score.EntityMisses++;
            }
        }

        // Each output (the partials, then the final hypothesis) takes back the words of the one before that
        // it does not start with: normalized erasure (see MetricNames.PartialChurn).
        score.ChurnWords = _hasPartials ? _hypothesis.Words : -1;
        score.Erasures = 0;
        if (_partials.Count > 0)
        {
            var previous = Text(_partials, 0);
            var previousWords = _partials.Span[2];
            for (var i = 3; i < _partials.Count; i += 3)
            {
                var next = Text(_partials, i);
                score.Erasures += previousWords - PaddedWords.CommonLeadingWords(previous, next);
                previous = next;
                previousWords = _partials.Span[i + 2];
            }

            score.Erasures += previousWords - PaddedWords.CommonLeadingWords(previous, hypothesis);
        }
    }

    private ReadOnlySpan<byte> Text(IntList ranges, int at) => _text.Buffer.AsSpan(ranges.Span[at], ranges.Span[at + 1]);

    private void Keep(TextKind kind, TextRange range)
    {
        switch (kind)
        {
            case TextKind.Reference:
                _reference = range;
                _hasReference = true;
                break;
            case TextKind.Hypothesis:
                _hypothesis = range;
                break;
            case TextKind.Entity:
                Add(_entities, range);
                break;
            default:
                Add(_partials, range);
                break;
        }
    }

    private static void Add(IntList ranges, TextRange range)
    {
        ranges.Add(range.Start);
        ranges.Add(range.Length);
        ranges.Add(range.Words);
    }
}
