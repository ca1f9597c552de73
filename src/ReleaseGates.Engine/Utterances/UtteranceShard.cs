using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// One file's utterances as its thread read them, before the shards are merged into an
/// <see cref="UtteranceSet"/>: records, ids in reading order (checked for duplicates by the merge, once
/// for all shards), slice and group names numbered within the file, number fields, and the error that stopped
/// the reading. A merged shard is reused for a later piece (<see cref="Reuse"/>): its arrays are large, and a side
/// read into new ones piece after piece left the collector a side's worth of garbage to find.
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

    public int FileIndex { get; private set; }

    public int Count { get; private set; }

    public ReadOnlySpan<UtteranceRecord> Records => _records.AsSpan(0, Count);

    /// <summary>Utterance ids, numbered like the records.</summary>
    public Utf8KeyList Ids { get; } = new();

    /// <summary>Slice names, numbered by first appearance in this file.</summary>
    public Utf8KeyTable Slices { get; private set; } = new();

    /// <summary>Group names (a call, a session, a speaker), numbered by first appearance in this file.</summary>
    public Utf8KeyTable Groups { get; private set; } = new();

    /// <summary>The slice indexes of every utterance, one after the other (see <see cref="SlicesOf"/>).</summary>
    public IntList SliceMemberships { get; } = new();

    public NumberFields Fields { get; }

    /// <summary>Each utterance's eval-set digest, when the reader was asked for a fingerprint.</summary>
    public DigestList? Digests { get; }

    /// <summary>How many lines of the file come before the piece read, or <see cref="FilePiece.NotCounted"/>: its lines
    /// are numbered from the piece's start, and <see cref="NumberFromLine"/> numbers them as in the file.</summary>
    public int LinesBefore { get; private set; }

    /// <summary>How many lines the piece held (blank ones too).</summary>
    public int LinesRead { get; private set; }

    /// <summary>The line that could not be read, after the records of the lines before it; null when the whole file was read.</summary>
    public InvalidInputException? Error { get; set; }

    public ReadOnlySpan<int> SlicesOf(in UtteranceRecord record) =>
        SliceMemberships.Span.Slice(record.SliceStart, record.SliceCount);

    /// <summary>Empties the shard for the piece <paramref name="capacity"/> utterances long of file <paramref name="fileIndex"/>,
    /// keeping its arrays. Its measures keep their columns (all not reported again, with no kind yet): they were merged
    /// already, so the side has them whether or not this piece reports them.</summary>
    public void Reuse(int fileIndex, int capacity)
    {
        FileIndex = fileIndex;
        Count = 0;
        if (_records.Length < capacity)
        {
            _records = new UtteranceRecord[capacity];
        }

        Ids.Truncate(0);
        Slices = new Utf8KeyTable();
        Groups = new Utf8KeyTable();
        SliceMemberships.Clear();
        Fields.Clear(capacity);
        Digests?.Clear();
        Error = null;
        LinesBefore = 0;
        LinesRead = 0;
    }

    /// <summary>Notes how the piece's lines were numbered, once it is read.</summary>
    public void Numbered(int linesBefore, int linesRead)
    {
        LinesBefore = linesBefore;
        LinesRead = linesRead;
    }

    /// <summary>Numbers the lines of a piece read without the count of the lines before it as in the file, those being
    /// <paramref name="linesBefore"/>: every record's line and where each measure got its kind.</summary>
    public void NumberFromLine(int linesBefore)
    {
        foreach (ref var record in _records.AsSpan(0, Count))
        {
            record.Line += linesBefore;
        }

        Fields.ShiftLines(linesBefore);
        LinesBefore = linesBefore;
    }

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
