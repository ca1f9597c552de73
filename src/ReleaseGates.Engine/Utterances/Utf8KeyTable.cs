using System.Buffers.Binary;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// A set of UTF-8 keys (utterance ids, slice names) numbered 0, 1, 2... in insertion order: a
/// <see cref="Utf8KeyList"/> with a hash index to find them.
/// </summary>
internal sealed class Utf8KeyTable
{
    private readonly Utf8KeyList _keys;
    private uint[] _hashes;

    // Key hash in the high half, key index + 1 in the low half (0 = empty): a probe reads the key only
    // when the hashes agree, so a lookup among a million ids costs one cache miss, not three. Filled up to three
    // quarters (a probe runs on within a cache line of 8 buckets): at half, a side's million ids took 32 MB of
    // buckets instead of 16 MB whenever their count was estimated a little above 2^20.
    private ulong[] _buckets;

    /// <param name="capacity">Keys to make room for: a table that is never grown never rehashes.</param>
    /// <param name="bytes">Bytes of all those keys.</param>
    public Utf8KeyTable(int capacity = 64, int bytes = 1024)
    {
        _keys = new Utf8KeyList(capacity, bytes);
        _hashes = new uint[Math.Max(capacity, 1)];
        var buckets = 128;
        while (Full(capacity, buckets))
        {
            buckets *= 2;
        }

        _buckets = new ulong[buckets];
    }

    public int Count => _keys.Count;

    public ReadOnlySpan<byte> this[int index] => _keys[index];

    public string GetString(int index) => _keys.GetString(index);

    /// <summary>Adds <paramref name="key"/> unless present; <paramref name="index"/> is its number either way.</summary>
    /// <returns>True when the key was new.</returns>
    public bool Add(ReadOnlySpan<byte> key, out int index)
    {
        var hash = Hash(key);
        var bucket = FindBucket(key, hash);
        if (_buckets[bucket] != 0)
        {
            index = (int)(uint)_buckets[bucket] - 1;
            return false;
        }

        index = _keys.Add(key);
        Index(index, hash, bucket);
        return true;
    }

    /// <summary>Adds every key of <paramref name="keys"/>, in order, up to the first that is already present.</summary>
    /// <param name="keys">Keys to add: one copy of their bytes, then each is hashed into the index.</param>
    /// <param name="duplicate">The position in <paramref name="keys"/> of the first key already present (that key and
    /// the ones after it are not added).</param>
    /// <param name="existing">The number of the key it repeats.</param>
    /// <returns>True when every key was new.</returns>
    public bool TryAddRange(Utf8KeyList keys, out int duplicate, out int existing)
    {
        var first = Count;
        _keys.AddRange(keys);
        for (var index = first; index < Count; index++)
        {
            var key = _keys[index];
            var hash = Hash(key);
            var bucket = FindBucket(key, hash);
            if (_buckets[bucket] != 0)
            {
                _keys.Truncate(index);
                duplicate = index - first;
                existing = (int)(uint)_buckets[bucket] - 1;
                return false;
            }

            Index(index, hash, bucket);
        }

        duplicate = existing = -1;
        return true;
    }

    public bool TryFind(ReadOnlySpan<byte> key, out int index)
    {
        var bucket = FindBucket(key, Hash(key));
        index = (int)(uint)_buckets[bucket] - 1;
        return index >= 0;
    }

    private void Index(int index, uint hash, int bucket)
    {
        if (index >= _hashes.Length)
        {
            Array.Resize(ref _hashes, Math.Max(_hashes.Length * 2, index + 1));
        }

        _hashes[index] = hash;
        _buckets[bucket] = Entry(hash, index);
        if (Full(index + 1, _buckets.Length))
        {
            Rehash(index + 1);
        }
    }

    /// <summary>Whether <paramref name="keys"/> fill more than three quarters of <paramref name="buckets"/>.</summary>
    private static bool Full(long keys, long buckets) => keys * 4 > buckets * 3;

    private int FindBucket(ReadOnlySpan<byte> key, uint hash)
    {
        var mask = _buckets.Length - 1;
        var bucket = (int)hash & mask;
        while (true)
        {
            var entry = _buckets[bucket];
            if (entry == 0 || ((uint)(entry >> 32) == hash && _keys[(int)(uint)entry - 1].SequenceEqual(key)))
            {
                return bucket;
            }

            bucket = (bucket + 1) & mask;
        }
    }

    /// <summary>Doubles the index, which holds the keys numbered below <paramref name="indexed"/>.</summary>
    private void Rehash(int indexed)
    {
        _buckets = new ulong[_buckets.Length * 2];
        var mask = _buckets.Length - 1;
        for (var index = 0; index < indexed; index++)
        {
            var bucket = (int)_hashes[index] & mask;
            while (_buckets[bucket] != 0)
            {
                bucket = (bucket + 1) & mask;
            }

            _buckets[bucket] = Entry(_hashes[index], index);
        }
    }

    private static ulong Entry(uint hash, int index) => ((ulong)hash << 32) | (uint)(index + 1);

    private static uint Hash(ReadOnlySpan<byte> key)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 29;
            key = key.Slice(8);
        }

        foreach (var b in key)
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 33;
        return (uint)hash;
    }
}
