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
    private UtteranceRecord[] _records = new UtteranceRecord[1024];

    public UtteranceSet(IReadOnlyList<string> files)
    {
        Files = files;
    }

    /// <summary>The files read, in reading order; <see cref="UtteranceRecord.FileIndex"/> points here.</summary>
    public IReadOnlyList<string> Files { get; }

    public int Count { get; private set; }

    /// <summary>Utterance ids, numbered like the records.</summary>
    public Utf8KeyTable Ids { get; } = new();

    /// <summary>Slice names, numbered by first appearance.</summary>
    public Utf8KeyTable Slices { get; } = new();

    /// <summary>The slice indexes of every utterance, one after the other (see <see cref="SlicesOf"/>).</summary>
    public IntList SliceMemberships { get; } = new();

    public ReadOnlySpan<UtteranceRecord> Records => _records.AsSpan(0, Count);

    public ReadOnlySpan<int> SlicesOf(in UtteranceRecord record) =>
        SliceMemberships.Span.Slice(record.SliceStart, record.SliceCount);

    /// <summary>Adds a record whose id was just added to <see cref="Ids"/> as number <see cref="Count"/>.</summary>
    public void Add(in UtteranceRecord record)
    {
        if (Count == _records.Length)
        {
            Array.Resize(ref _records, _records.Length * 2);
        }

        _records[Count++] = record;
    }
}
