namespace ReleaseGates.Engine.Metrics;

/// <summary>A reusable growable list of ints whose contents can be read as a span (List&lt;int&gt; cannot on netstandard2.0).</summary>
internal sealed class IntList
{
    private int[] _items = new int[32];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Span => _items.AsSpan(0, Count);

    public void Add(int item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }

    public void Clear() => Count = 0;
}
