namespace ReleaseGates.Engine.Utterances;

/// <summary>32-byte SHA-256 digests, one per utterance, in one growable array (see <see cref="EvalSetFingerprint"/>).</summary>
internal sealed class DigestList
{
    public const int Size = 32;

    private byte[] _bytes;

    /// <param name="capacity">How many digests to make room for at first (it grows beyond).</param>
    public DigestList(int capacity = 1024)
    {
        _bytes = new byte[Size * Math.Max(capacity, 1)];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<byte> this[int index] => _bytes.AsSpan(index * Size, Size);

    /// <summary>Room for one more digest, at the end, for the hash to write into.</summary>
    public Span<byte> Append()
    {
        if ((Count + 1) * Size > _bytes.Length)
        {
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }

        return _bytes.AsSpan(Count++ * Size, Size);
    }

    public void Clear() => Count = 0;

    public void AddRange(DigestList other)
    {
        if ((Count + other.Count) * Size > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, (Count + other.Count) * Size));
        }

        Buffer.BlockCopy(other._bytes, 0, _bytes, Count * Size, other.Count * Size);
        Count += other.Count;
    }
}
