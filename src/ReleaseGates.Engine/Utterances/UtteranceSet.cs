using System;
using System.Collections.Generic;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// All utterances of one side (baseline or canary) as small numeric records, with their ids and slice
/// names interned. Memory grows with the number of utterances, never with the length of their text.
/// </summary>
internal sealed class UtteranceSet
{
    private readonly UtteranceRecord[] _records;

    /// <param name="files">The files read.</param>
    /// <param name="capacity">How many utterances they hold.</param>
    /// <param name="idBytes">Bytes of all their ids.</param>
    public UtteranceSet(IReadOnlyList<string> files, int capacity, int idBytes)
    {
        Files = files;
        _records = new UtteranceRecord[capacity];
        Ids = new Utf8KeyTable(capacity, idBytes);
    }

    /// <summary>The files read, in reading order; <see cref="UtteranceRecord.FileIndex"/> points here.</summary>
    public IReadOnlyList<string> Files { get; }

    public int Count { get; private set; }

    /// <summary>Utterance ids, numbered like the records.</summary>
    public Utf8KeyTable Ids { get; }

    /// <summary>Slice names, numbered by first appearance.</summary>
    public Utf8KeyTable Slices { get; } = new();

    /// <summary>The slice indexes of every utterance, one after the other (see <see cref="SlicesOf"/>).</summary>
    public IntList SliceMemberships { get; } = new();

    public ReadOnlySpan<UtteranceRecord> Records => _records.AsSpan(0, Count);

    public ReadOnlySpan<int> SlicesOf(in UtteranceRecord record) =>
        SliceMemberships.Span.Slice(record.SliceStart, record.SliceCount);

    /// <summary>Adds a shard's utterances after those already read; there is room for as many as the set was made for.</summary>
    /// <param name="shard">The shard.</param>
    /// <param name="duplicate">The shard's first utterance whose id is already taken (that one and those after it are not added).</param>
    /// <param name="existing">The utterance that took it.</param>
    /// <returns>True when every id was new.</returns>
    public bool TryAdd(UtteranceShard shard, out int duplicate, out int existing)
    {
        var slices = new int[shard.Slices.Count];
        for (var slice = 0; slice < slices.Length; slice++)
        {
            Slices.Add(shard.Slices[slice], out slices[slice]);
        }

        var membershipStart = SliceMemberships.Count;
        foreach (var slice in shard.SliceMemberships.Span)
        {
            SliceMemberships.Add(slices[slice]);
        }

        var records = _records.AsSpan(Count, shard.Count);
        shard.Records.CopyTo(records);
        for (var i = 0; i < records.Length; i++)
        {
            records[i].SliceStart += membershipStart;
        }

        var added = Ids.TryAddRange(shard.Ids, out duplicate, out existing);
        Count = Ids.Count;
        return added;
    }
}
