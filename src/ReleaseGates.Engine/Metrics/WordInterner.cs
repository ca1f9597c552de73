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
    private Word[] _words = new Word[64];
    private int _count;
    private Bucket[] _buckets = new Bucket[128];
    private int _stamp = 1;

    public void Reset()
    {
        _textLength = 0;
        _count = 0;
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_buckets, 0, _buckets.Length);
            _stamp = 1;
        }
    }

    /// <summary>Normalises <paramref name="text"/> and appends the id of each of its words (the runs of
    /// non-space characters of the result) to <paramref name="words"/>.</summary>
    public void AddWords(ReadOnlySpan<char> text, ITextNormalizer normalizer, IntList words)
    {
        var start = _textLength;
        int length;
        while ((length = normalizer.Normalize(text, _text.AsSpan(start))) < 0)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, start + (text.Length * 2)));
        }

        _textLength = start + length;
        var rest = _text.AsSpan(start, length);
        var offset = start;
        while (true)
        {
            var skipped = 0;
            while (skipped < rest.Length && rest[skipped] == ' ')
            {
                skipped++;
            }

            if (skipped == rest.Length)
            {
                return;
            }

            rest = rest.Slice(skipped);
            offset += skipped;
            var end = rest.IndexOf(' '); // vectorised: far cheaper than testing each character
            if (end < 0)
            {
                end = rest.Length;
            }

            words.Add(Intern(offset, end));
            rest = rest.Slice(end);
            offset += end;
        }
    }

    private int Intern(int start, int length)
    {
        var word = _text.AsSpan(start, length);

        // Length and three characters: cheap, and enough to spread a sentence's words; equal hashes are
        // told apart by comparing the words.
        var hash = (int)((((uint)length * 0x9E3779B1u) ^ word[0] ^ ((uint)word[length - 1] << 16) ^ ((uint)word[length >> 1] << 8)) * 0x85EBCA6Bu >> 1);
        var mask = _buckets.Length - 1;
        var bucket = (hash >> 8) & mask;
        while (_buckets[bucket].Stamp == _stamp)
        {
            var id = _buckets[bucket].Id;
            ref readonly var candidate = ref _words[id];
            if (candidate.Hash == hash && _text.AsSpan(candidate.Start, candidate.Length).SequenceEqual(word))
            {
                return id;
            }

            bucket = (bucket + 1) & mask;
        }

        var newId = _count++;
        if (newId == _words.Length)
        {
            Array.Resize(ref _words, newId * 2);
        }

        _words[newId] = new Word { Start = start, Length = length, Hash = hash };
        _buckets[bucket] = new Bucket { Stamp = _stamp, Id = newId };
        if (_count * 2 > _buckets.Length)
        {
            Grow();
        }

        return newId;
    }

    private void Grow()
    {
        _buckets = new Bucket[_buckets.Length * 2];
        var mask = _buckets.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var bucket = (_words[id].Hash >> 8) & mask;
            while (_buckets[bucket].Stamp == _stamp)
            {
                bucket = (bucket + 1) & mask;
            }

            _buckets[bucket] = new Bucket { Stamp = _stamp, Id = id };
        }
    }

    private struct Word
    {
        public int Start;
        public int Length;
        public int Hash;
    }

    /// <summary>Holds a word id when its stamp is the current line's: a new line clears the table by changing the stamp.</summary>
    private struct Bucket
    {
        public int Stamp;
        public int Id;
    }
}
