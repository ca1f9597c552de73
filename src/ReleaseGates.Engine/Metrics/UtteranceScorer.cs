using System;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// Scores one utterance from its texts, whatever order its fields come in: each text is normalised and
/// reduced to word ids as it arrives, and <see cref="Score"/> turns them into the utterance's numbers.
/// Reused line after line; holds no text between lines.
/// </summary>
internal sealed class UtteranceScorer
{
    private readonly ITextNormalizer _normalizer;
    private readonly WordInterner _words = new();
    private readonly IntList _reference = new();
    private readonly IntList _hypothesis = new();
    private readonly IntList _entityWords = new();
    private readonly IntList _entityEnds = new();
    private readonly IntList _partialWords = new();
    private readonly IntList _partialEnds = new();
    private int[] _alignmentRow = new int[64];
    private bool _hasPartials;

    public UtteranceScorer(ITextNormalizer normalizer)
    {
        _normalizer = normalizer;
    }

    public void Reset()
    {
        _words.Reset();
        _reference.Clear();
        _hypothesis.Clear();
        _entityWords.Clear();
        _entityEnds.Clear();
        _partialWords.Clear();
        _partialEnds.Clear();
        _hasPartials = false;
    }

    public void AddReference(ReadOnlySpan<char> text) => _words.AddWords(text, _normalizer, _reference);

    public void AddHypothesis(ReadOnlySpan<char> text) => _words.AddWords(text, _normalizer, _hypothesis);

    public void AddEntity(ReadOnlySpan<char> text)
    {
        _words.AddWords(text, _normalizer, _entityWords);
        _entityEnds.Add(_entityWords.Count);
    }

    /// <summary>Marks that the utterance has a <c>partials</c> list (possibly empty): it then has a churn figure.</summary>
    public void BeginPartials() => _hasPartials = true;

    public void AddPartial(ReadOnlySpan<char> text)
    {
        _words.AddWords(text, _normalizer, _partialWords);
        _partialEnds.Add(_partialWords.Count);
    }

    /// <summary>Fills the text-derived fields of <paramref name="score"/>.</summary>
    public void Score(out TextScore score)
    {
        var hypothesis = _hypothesis.Span;
        score.ReferenceWords = _reference.Count;
        score.Edits = WordEditDistance.Compute(_reference.Span, hypothesis, ref _alignmentRow);
        score.Entities = _entityEnds.Count;
        score.EntityMisses = 0;
        var start = 0;
        foreach (var end in _entityEnds.Span)
        {
            if (!WordSequenceSearch.Contains(hypothesis, _entityWords.Span.Slice(start, end - start)))
            {
                score.EntityMisses++;
            }

            start = end;
        }

        score.Erasures = 0;
        score.ChurnWords = _hasPartials ? hypothesis.Length : -1;
        var previous = ReadOnlySpan<int>.Empty;
        start = 0;
        foreach (var end in _partialEnds.Span)
        {
            var partial = _partialWords.Span.Slice(start, end - start);
            score.Erasures += PartialErasure.Between(previous, partial);
            previous = partial;
            start = end;
        }

        score.Erasures += PartialErasure.Between(previous, hypothesis);
    }
}
