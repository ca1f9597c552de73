using System;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// Numbers the distinct words of the texts being aligned, so that the alignment compares ints. Reused line
/// after line: it allocates nothing once warm, and <see cref="Reset"/> forgets everything.
/// </summary>
internal sealed class WordInterner
{
    private byte[] _text = new byte[256];
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

    /// <summary>Appends the id of each word of the padded text <paramref name="padded"/> (" a b ") to <paramref name="words"/>.</summary>
    public void AddWords(ReadOnlySpan<byte> padded, IntList words)
    {
        var rest = padded.Slice(1);
        while (rest.Length > 0)
        {
            var end = rest.IndexOf((byte)' ');
            words.Add(Intern(rest.Slice(0, end)));
            rest = rest.Slice(end + 1);
        }
    }

    private int Intern(ReadOnlySpan<byte> word)
    {
        // Length and three bytes: cheap, and enough to spread one utterance's words; equal hashes are
        // told apart by comparing the words.
        var length = word.Length;
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

        if (_textLength + length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + length));
        }

        word.CopyTo(_text.AsSpan(_textLength));
        var newId = _count++;
        if (newId == _words.Length)
        {
            Array.Resize(ref _words, newId * 2);
        }

        _words[newId] = new Word { Start = _textLength, Length = length, Hash = hash };
        _textLength += length;
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

    /// <summary>Holds a word id when its stamp is the current one: <see cref="Reset"/> empties the table by changing the stamp.</summary>
    private struct Bucket
    {
        public int Stamp;
        public int Id;
    }
}
