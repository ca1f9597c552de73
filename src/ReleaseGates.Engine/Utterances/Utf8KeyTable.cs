using System;
using System.Buffers.Binary;
using System.Text;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// A set of UTF-8 keys (utterance ids, slice names) numbered 0, 1, 2... in insertion order, stored
/// compactly in one byte arena so that a million ids cost a few bytes each, not a string object each.
/// </summary>
internal sealed class Utf8KeyTable
{
    private byte[] _arena = new byte[1024];
    private int _arenaLength;
    private int[] _offsets = new int[65];
    private uint[] _hashes = new uint[64];

    // Key hash in the high half, key index + 1 in the low half (0 = empty): a probe reads the key only
    // when the hashes agree, so a lookup among a million ids costs one cache miss, not three.
    private ulong[] _buckets = new ulong[128];
    private int _count;

    public int Count => _count;

    public ReadOnlySpan<byte> this[int index] =>
        _arena.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    public string GetString(int index) => Encoding.UTF8.GetString(_arena, _offsets[index], _offsets[index + 1] - _offsets[index]);

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

        index = Append(key, hash);
        _buckets[bucket] = Entry(hash, index);
        if (_count * 2 > _buckets.Length)
        {
            Rehash();
        }

        return true;
    }

    public bool TryFind(ReadOnlySpan<byte> key, out int index)
    {
        var bucket = FindBucket(key, Hash(key));
        index = (int)(uint)_buckets[bucket] - 1;
        return index >= 0;
    }

    private int FindBucket(ReadOnlySpan<byte> key, uint hash)
    {
        var mask = _buckets.Length - 1;
        var bucket = (int)hash & mask;
        while (true)
        {
            var entry = _buckets[bucket];
            if (entry == 0 || ((uint)(entry >> 32) == hash && this[(int)(uint)entry - 1].SequenceEqual(key)))
            {
                return bucket;
            }

            bucket = (bucket + 1) & mask;
        }
    }

    private int Append(ReadOnlySpan<byte> key, uint hash)
    {
        if (_arenaLength + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaLength + key.Length));
        }

        if (_count + 1 == _hashes.Length)
        {
            Array.Resize(ref _hashes, _hashes.Length * 2);
            Array.Resize(ref _offsets, _hashes.Length + 1);
        }

        key.CopyTo(_arena.AsSpan(_arenaLength));
        _arenaLength += key.Length;
        _hashes[_count] = hash;
        _offsets[_count + 1] = _arenaLength;
        return _count++;
    }

    private void Rehash()
    {
        _buckets = new ulong[_buckets.Length * 2];
        var mask = _buckets.Length - 1;
        for (var index = 0; index < _count; index++)
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
