using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// All utterances of one side (baseline or canary) as small numeric records, with their ids, slice and group
/// names interned and their latencies and measures in columns. Memory grows with the number of utterances, never
/// with the length of their text.
/// </summary>
internal sealed class UtteranceSet
{
    /// <summary>Bytes an id is given room for at first: ids are short ("utt-00012345", a path); the room grows past that.</summary>
    private const int IdBytes = 16;

    private UtteranceRecord[] _records;

    /// <param name="files">The files read.</param>
    /// <param name="capacity">How many utterances they are expected to hold (the set grows past that).</param>
    /// <param name="keepDigests">Keep each utterance's eval-set digest (for <see cref="EvalSetFingerprint"/>).</param>
    public UtteranceSet(IReadOnlyList<string> files, int capacity, bool keepDigests = false)
    {
        capacity = Math.Max(capacity, 1);
        Files = files;
        _records = new UtteranceRecord[capacity];
        Ids = new Utf8KeyTable(capacity, capacity * IdBytes);
        Fields = new NumberFields(capacity);
        Digests = keepDigests ? new DigestList(capacity) : null;
    }

    /// <summary>The files read, in reading order; <see cref="UtteranceRecord.FileIndex"/> points here.</summary>
    public IReadOnlyList<string> Files { get; }

    public int Count { get; private set; }

    /// <summary>Utterance ids, numbered like the records (none after <see cref="DropIds"/>).</summary>
    public Utf8KeyTable Ids { get; private set; }

    /// <summary>Slice names, numbered by first appearance.</summary>
    public Utf8KeyTable Slices { get; } = new();

    /// <summary>Group names, numbered by first appearance.</summary>
    public Utf8KeyTable Groups { get; } = new();

    /// <summary>The slice indexes of every utterance, one after the other (see <see cref="SlicesOf"/>).</summary>
    public IntList SliceMemberships { get; } = new();

    /// <summary>Latencies and measures, one value per utterance.</summary>
    public NumberFields Fields { get; }

    public DigestList? Digests { get; }

    public ReadOnlySpan<UtteranceRecord> Records => _records.AsSpan(0, Count);

    public ReadOnlySpan<int> SlicesOf(in UtteranceRecord record) =>
        SliceMemberships.Span.Slice(record.SliceStart, record.SliceCount);

    /// <summary>Lets the ids go once the sides are paired: nothing after that needs them, and a million of them (bytes,
    /// offsets and their hash index) are about a third of a side's memory.</summary>
    public void DropIds() => Ids = new Utf8KeyTable();

    /// <summary>Lets the records go once the bootstrap's tables have counted them (<see cref="Statistics.PairedSamples"/>):
    /// the resamples need only those tables and the number fields. <see cref="Records"/> may not be read after this.</summary>
    public void DropRecords() => _records = [];

    /// <summary>Where an utterance was read, for messages: "eval/b.jsonl line 12", "eval/b.parquet row 12".</summary>
    public string Where(int utterance) => Where(_records[utterance].FileIndex, _records[utterance].Line);

    /// <summary>Adds a shard's utterances after those already read.</summary>
    /// <exception cref="InvalidInputException">An id repeats, or a measure is a number in one file and a boolean in another.</exception>
    public void Add(UtteranceShard shard)
    {
        var slices = Renumber(shard.Slices, Slices);
        var groups = Renumber(shard.Groups, Groups);
        var membershipStart = SliceMemberships.Count;
        foreach (var slice in shard.SliceMemberships.Span)
        {
            SliceMemberships.Add(slices[slice]);
        }

        var first = Count;
        if (first + shard.Count > _records.Length)
        {
            Array.Resize(ref _records, Math.Max(_records.Length * 2, first + shard.Count));
        }

        var records = _records.AsSpan(first, shard.Count);
        shard.Records.CopyTo(records);
        for (var i = 0; i < records.Length; i++)
        {
            records[i].SliceStart += membershipStart;
            records[i].Group = records[i].Group < 0 ? -1 : groups[records[i].Group];
        }

        if (Fields.Append(shard.Fields, first, shard.Count) is { } conflict)
        {
            throw new InvalidInputException(Files[conflict.There.File], conflict.There.Line, 0,
                $"The measure \"{conflict.Name}\" is a {KindOf(shard.Fields, conflict.Name)} here but not at {Where(conflict.Here.File, conflict.Here.Line)}. Give a measure one kind on every line: a number, or true/false.");
        }

        Digests?.AddRange(shard.Digests!);
        if (!Ids.TryAddRange(shard.Ids, out var duplicate, out var existing))
        {
            Count = Ids.Count;
            throw new InvalidInputException(Files[shard.FileIndex], shard.Records[duplicate].Line, 0,
                $"The id \"{Ids.GetString(existing)}\" is used twice (first at {Where(existing)}). Ids must be unique within the baseline and within the canary.");
        }

        Count = Ids.Count;
    }

    private string Where(int file, int line) => $"{Files[file]} {UtteranceFileFormats.PositionName(Files[file])} {line}";

    private static string KindOf(NumberFields fields, string name)
    {
        for (var field = 0; field < fields.Count; field++)
        {
            if (fields.Name(field) == name)
            {
                return fields.Kind(field) == FieldKind.Boolean ? "boolean" : "number";
            }
        }

        return "value";
    }

    private static int[] Renumber(Utf8KeyTable local, Utf8KeyTable global)
    {
        var numbers = new int[local.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            global.Add(local[i], out numbers[i]);
        }

        return numbers;
    }
}
