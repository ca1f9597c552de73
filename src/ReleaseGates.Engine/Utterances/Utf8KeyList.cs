using System.Text;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// UTF-8 keys (utterance ids, slice names) numbered 0, 1, 2... in the order they were added, stored
/// compactly in one byte arena so that a million ids cost a few bytes each, not a string object each.
/// </summary>
internal sealed class Utf8KeyList
{
    private byte[] _arena;
    private int[] _offsets;

    /// <param name="capacity">Keys to make room for.</param>
    /// <param name="bytes">Bytes of all those keys.</param>
    public Utf8KeyList(int capacity = 64, int bytes = 1024)
    {
        _arena = new byte[Math.Max(bytes, 16)];
        _offsets = new int[Math.Max(capacity, 1) + 1];
    }

    public int Count { get; private set; }

    /// <summary>Bytes of all the keys.</summary>
    public int Bytes => _offsets[Count];

    public ReadOnlySpan<byte> this[int index] =>
        _arena.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    public string GetString(int index) => Encoding.UTF8.GetString(_arena, _offsets[index], _offsets[index + 1] - _offsets[index]);

    /// <summary>Adds all of <paramref name="keys"/>, in their order.</summary>
    public void AddRange(Utf8KeyList keys)
    {
        var end = Bytes;
        if (end + keys.Bytes > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, end + keys.Bytes));
        }

        if (Count + keys.Count >= _offsets.Length)
        {
            Array.Resize(ref _offsets, Math.Max(_offsets.Length * 2, Count + keys.Count + 1));
        }

        Buffer.BlockCopy(keys._arena, 0, _arena, end, keys.Bytes);
        for (var i = 1; i <= keys.Count; i++)
        {
            _offsets[Count + i] = end + keys._offsets[i];
        }

        Count += keys.Count;
    }

    /// <summary>Forgets the keys numbered <paramref name="count"/> and after.</summary>
    public void Truncate(int count) => Count = Math.Min(Count, count);

    /// <returns>The key's number.</returns>
    public int Add(ReadOnlySpan<byte> key)
    {
        var end = _offsets[Count];
        if (end + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, end + key.Length));
        }

        if (Count + 1 == _offsets.Length)
        {
            Array.Resize(ref _offsets, _offsets.Length * 2);
        }

        key.CopyTo(_arena.AsSpan(end));
        _offsets[Count + 1] = end + key.Length;
        return Count++;
    }
}
