using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// Numbers the distinct words of the texts being aligned, so that the alignment compares ints. A word of up
/// to 8 bytes is told apart by its head and its length (see <see cref="PaddedWordCursor"/>), so most words
/// are numbered without comparing bytes; longer words are compared whole. Reused line after line: it
/// allocates nothing once warm, and <see cref="Reset"/> forgets everything.
/// </summary>
internal sealed class WordInterner
{
    private byte[] _longWords = new byte[256];
    private int _longWordsLength;
    private Word[] _words = new Word[64];
    private Bucket[] _buckets = new Bucket[128];
    private int _stamp = 1;

    /// <summary>How many distinct words have been numbered since <see cref="Reset"/>: the ids are 0 to Count - 1.</summary>
    public int Count { get; private set; }

    public void Reset()
    {
        _longWordsLength = 0;
        Count = 0;
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_buckets, 0, _buckets.Length);
            _stamp = 1;
        }
    }

    /// <summary>The id of <paramref name="word"/> (whose head is <paramref name="head"/>, see <see cref="PaddedWordCursor"/>),
    /// numbering it if it is new.</summary>
    public int Intern(ReadOnlySpan<byte> word, ulong head)
    {
        var hash = Hash(word, head);
        var bucket = Find(word, head, hash);
        if (_buckets[bucket].Stamp == _stamp)
        {
            return _buckets[bucket].Id;
        }

        var newId = Count++;
        if (newId == _words.Length)
        {
            Array.Resize(ref _words, newId * 2);
        }

        _words[newId] = new Word { Head = head, Length = word.Length, LongStart = word.Length > sizeof(ulong) ? KeepLongWord(word) : 0, Hash = hash };
        _buckets[bucket] = new Bucket { Stamp = _stamp, Id = newId };
        if (Count * 2 > _buckets.Length)
        {
            Grow();
        }

        return newId;
    }

    /// <summary>The id of <paramref name="word"/>, or -1 when it has not been numbered.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<byte> word, ulong head)
    {
        var bucket = Find(word, head, Hash(word, head));
        return _buckets[bucket].Stamp == _stamp ? _buckets[bucket].Id : -1;
    }

    /// <summary>The bucket that holds <paramref name="word"/>, or the empty one where it would go.</summary>
    private int Find(ReadOnlySpan<byte> word, ulong head, int hash)
    {
        var mask = _buckets.Length - 1;
        var bucket = hash & mask;
        while (_buckets[bucket].Stamp == _stamp)
        {
            ref readonly var candidate = ref _words[_buckets[bucket].Id];
            if (candidate.Head == head && candidate.Length == word.Length
                && (word.Length <= sizeof(ulong) || _longWords.AsSpan(candidate.LongStart, word.Length).SequenceEqual(word)))
            {
                return bucket;
            }

            bucket = (bucket + 1) & mask;
        }

        return bucket;
    }

    /// <summary>The head and the length; for a longer word, its last 8 bytes too.</summary>
    private static int Hash(ReadOnlySpan<byte> word, ulong head)
    {
        var key = head ^ ((ulong)word.Length << 59);
        if (word.Length > sizeof(ulong))
        {
            key ^= BinaryPrimitives.ReadUInt64LittleEndian(word.Slice(word.Length - sizeof(ulong))) * 0xC2B2AE3D27D4EB4FUL;
        }

        return (int)((key * 0x9E3779B97F4A7C15UL) >> 40);
    }

    private int KeepLongWord(ReadOnlySpan<byte> word)
    {
        if (_longWordsLength + word.Length > _longWords.Length)
        {
            Array.Resize(ref _longWords, Math.Max(_longWords.Length * 2, _longWordsLength + word.Length));
        }

        var start = _longWordsLength;
        word.CopyTo(_longWords.AsSpan(start));
        _longWordsLength += word.Length;
        return start;
    }

    private void Grow()
    {
        _buckets = new Bucket[_buckets.Length * 2];
        var mask = _buckets.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var bucket = _words[id].Hash & mask;
            while (_buckets[bucket].Stamp == _stamp)
            {
                bucket = (bucket + 1) & mask;
            }

            _buckets[bucket] = new Bucket { Stamp = _stamp, Id = id };
        }
    }

    private struct Word
    {
        public ulong Head;
        public int Length;

        /// <summary>Where a word longer than 8 bytes is kept in <see cref="_longWords"/>.</summary>
        public int LongStart;

        public int Hash;
    }

    /// <summary>Holds a word id when its stamp is the current one: <see cref="Reset"/> empties the table by changing the stamp.</summary>
    private struct Bucket
    {
        public int Stamp;
        public int Id;
    }
}
