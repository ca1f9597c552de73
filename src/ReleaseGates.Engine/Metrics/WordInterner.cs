using System;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// Numbers the distinct words of one utterance (reference, hypothesis, entities, partials) so that
/// alignment compares ints. Words are kept in one reusable character buffer: scoring a line allocates
/// nothing, and everything is forgotten at <see cref="Reset"/>.
/// </summary>
internal sealed class WordInterner
{
    private char[] _text = new char[1024];
    private int _textLength;
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];
    private int[] _hashes = new int[64];
    private int _count;
    private int[] _buckets = new int[128]; // word id + 1 when the stamp is current
    private int[] _stamps = new int[128];
    private int _stamp = 1;

    public void Reset()
    {
        _textLength = 0;
        _count = 0;
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps, 0, _stamps.Length);
            _stamp = 1;
        }
    }

    /// <summary>Normalises <paramref name="text"/> and appends the id of each of its words to <paramref name="words"/>.</summary>
    public void AddWords(ReadOnlySpan<char> text, ITextNormalizer normalizer, IntList words)
    {
        var start = _textLength;
        int length;
        while ((length = normalizer.Normalize(text, _text.AsSpan(start))) < 0)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, start + (text.Length * 2)));
        }

        _textLength = start + length;
        var normalized = _text.AsSpan(start, length);
        var wordStart = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var boundary = i == normalized.Length || char.IsWhiteSpace(normalized[i]);
            if (boundary && wordStart >= 0)
            {
                words.Add(Intern(start + wordStart, i - wordStart));
                wordStart = -1;
            }
            else if (!boundary && wordStart < 0)
            {
                wordStart = i;
            }
        }
    }

    private int Intern(int start, int length)
    {
        var word = _text.AsSpan(start, length);
        var hash = Hash(word);
        var mask = _buckets.Length - 1;
        var bucket = hash & mask;
        while (_stamps[bucket] == _stamp)
        {
            var id = _buckets[bucket] - 1;
            if (_hashes[id] == hash && _text.AsSpan(_starts[id], _lengths[id]).SequenceEqual(word))
            {
                return id;
            }

            bucket = (bucket + 1) & mask;
        }

        var newId = _count++;
        if (newId == _starts.Length)
        {
            Array.Resize(ref _starts, newId * 2);
            Array.Resize(ref _lengths, newId * 2);
            Array.Resize(ref _hashes, newId * 2);
        }

        _starts[newId] = start;
        _lengths[newId] = length;
        _hashes[newId] = hash;
        _buckets[bucket] = newId + 1;
        _stamps[bucket] = _stamp;
        if (_count * 2 > _buckets.Length)
        {
            Grow();
        }

        return newId;
    }

    private void Grow()
    {
        _buckets = new int[_buckets.Length * 2];
        _stamps = new int[_buckets.Length];
        var mask = _buckets.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var bucket = _hashes[id] & mask;
            while (_stamps[bucket] == _stamp)
            {
                bucket = (bucket + 1) & mask;
            }

            _buckets[bucket] = id + 1;
            _stamps[bucket] = _stamp;
        }
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 0x811C9DC5u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 0x01000193u;
        }

        return (int)(hash ^ (hash >> 15)) & int.MaxValue;
    }
}
