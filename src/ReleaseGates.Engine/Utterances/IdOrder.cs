using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// The ordinal order of a million ids without a million-times-twenty calls to a comparison: ids share long prefixes
/// ("utt-000…", "call-17/turn-…"), so each is keyed by its 8 bytes after the prefix all ids share, the keys are
/// sorted as numbers, and only ids whose keys tie are compared whole.
/// </summary>
internal static class IdOrder
{
    /// <returns>Indexes of <paramref name="ids"/>, in the ordinal order of their UTF-8 bytes.</returns>
    public static int[] Of(Utf8KeyTable ids)
    {
        var count = ids.Count;
        var order = new int[count];
        var keys = new ulong[count];
        var shared = SharedPrefixLength(ids);
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
            keys[i] = Key(ids[i], shared);
        }

        // Zero padding keeps the keys' order consistent with the ids' order: an id that ends inside the window is a
        // prefix of any longer id with the same bytes there, and so comes first, as its key does (or ties). Files
        // written in id order (as many evaluation jobs write them) need no sort: checking costs a pass.
        if (!IsAscending(keys))
        {
            Array.Sort(keys, order);
        }

        var whole = new WholeIdComparer(ids);
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start, whole);
            }

            start = end;
        }

        return order;
    }

    private static bool IsAscending(ulong[] keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] < keys[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static int SharedPrefixLength(Utf8KeyTable ids)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var first = ids[0];
        var shared = first.Length;
        for (var i = 1; i < ids.Count && shared > 0; i++)
        {
            shared = ByteSpans.CommonPrefixLength(first.Slice(0, shared), ids[i]);
        }

        return shared;
    }

    private static ulong Key(ReadOnlySpan<byte> id, int skip)
    {
        var key = 0UL;
        var window = id.Slice(skip);
        for (var i = 0; i < 8; i++)
        {
            key = (key << 8) | (i < window.Length ? window[i] : 0UL);
        }

        return key;
    }

    private sealed class WholeIdComparer(Utf8KeyTable ids) : IComparer<int>
    {
        public int Compare(int a, int b) => ids[a].SequenceCompareTo(ids[b]);
    }
}
