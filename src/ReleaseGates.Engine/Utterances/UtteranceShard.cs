using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// One file's utterances as its thread read them, before the shards are merged into an
/// <see cref="UtteranceSet"/>: records, ids in reading order (checked for duplicates by the merge, once
/// for all shards), slice and group names numbered within the file, number fields, and the error that stopped
/// the reading.
/// </summary>
internal sealed class UtteranceShard
{
    private UtteranceRecord[] _records;

    /// <param name="fileIndex">The file read.</param>
    /// <param name="keepDigests">Keep each utterance's eval-set digest.</param>
    /// <param name="capacity">How many utterances to make room for (a piece's lines, when counted): a shard sized
    /// right is not copied into ever larger arrays as it is read.</param>
    public UtteranceShard(int fileIndex, bool keepDigests, int capacity = 1024)
    {
        FileIndex = fileIndex;
        _records = new UtteranceRecord[Math.Max(capacity, 1)];
        Fields = new NumberFields(capacity);
        Digests = keepDigests ? new DigestList(capacity) : null;
    }

    public int FileIndex { get; }

    public int Count { get; private set; }

    public ReadOnlySpan<UtteranceRecord> Records => _records.AsSpan(0, Count);

    /// <summary>Utterance ids, numbered like the records.</summary>
    public Utf8KeyList Ids { get; } = new();

    /// <summary>Slice names, numbered by first appearance in this file.</summary>
    public Utf8KeyTable Slices { get; } = new();

    /// <summary>Group names (a call, a session, a speaker), numbered by first appearance in this file.</summary>
    public Utf8KeyTable Groups { get; } = new();

    /// <summary>The slice indexes of every utterance, one after the other (see <see cref="SlicesOf"/>).</summary>
    public IntList SliceMemberships { get; } = new();

    public NumberFields Fields { get; }

    /// <summary>Each utterance's eval-set digest, when the reader was asked for a fingerprint.</summary>
    public DigestList? Digests { get; }

    /// <summary>The line that could not be read, after the records of the lines before it; null when the whole file was read.</summary>
    public InvalidInputException? Error { get; set; }

    public ReadOnlySpan<int> SlicesOf(in UtteranceRecord record) =>
        SliceMemberships.Span.Slice(record.SliceStart, record.SliceCount);

    public void Add(in UtteranceRecord record, ReadOnlySpan<byte> id)
    {
        if (Count == _records.Length)
        {
            Array.Resize(ref _records, _records.Length * 2);
        }

        _records[Count++] = record;
        Ids.Add(id);
    }
}
