using System.Runtime.InteropServices;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Assembles one utterance from its fields, whatever format they come in (a JSON line, a NeMo manifest line, a
/// Parquet row), in any order: texts are scored as they arrive and forgotten; what stays is the
/// <see cref="UtteranceRecord"/>, the id and the number fields, added to a shard by <see cref="End"/>. Reused line
/// after line by one reading thread. Problems come back as messages for the format's reader to place.
/// </summary>
internal sealed class UtteranceBuilder
{
    private readonly UtteranceScorer _scorer;
    private readonly IntList _slices = new();
    private readonly IntList _fieldsSet = new();
    private readonly Sha256Hash? _digest;
    private UtteranceShard _shard = null!;
    private byte[] _id = new byte[64];
    private byte[] _digestInput = new byte[256];
    private int _idLength;
    private int _group;

    public UtteranceBuilder(ITextNormalizer normalizer, bool digests)
    {
        _scorer = new UtteranceScorer(normalizer);
        _digest = digests ? new Sha256Hash() : null;
    }

    public ReadOnlySpan<byte> Id => _id.AsSpan(0, Math.Max(_idLength, 0));

    public bool HasId => _idLength >= 0;

    public void Begin(UtteranceShard shard)
    {
        _shard = shard;
        _scorer.Reset();
        _slices.Clear();
        _fieldsSet.Clear();
        _idLength = -1;
        _group = -1;
    }

    public void SetId(ReadOnlySpan<byte> id)
    {
        if (_id.Length < id.Length)
        {
            _id = new byte[Math.Max(_id.Length * 2, id.Length)];
        }

        id.CopyTo(_id);
        _idLength = id.Length;
    }

    /// <summary>Adds a text given as unescaped UTF-8 by the normaliser's fast path.</summary>
    /// <returns>False, having added nothing, when the text must be decoded and given to <see cref="AddText(TextKind, ReadOnlySpan{char})"/>.</returns>
    public bool TryAddText(TextKind kind, ReadOnlySpan<byte> utf8) => _scorer.TryAdd(kind, utf8);

    public void AddText(TextKind kind, ReadOnlySpan<char> text) => _scorer.Add(kind, text);

    /// <summary>A reference given as null: the line has one, with no words.</summary>
    public void AddEmptyReference() => _scorer.MarkReference();

    /// <summary>Marks that the utterance has a <c>partials</c> list (possibly empty): it then has a churn figure.</summary>
    public void BeginPartials() => _scorer.BeginPartials();

    /// <summary>An utterance counts once per slice, even if it lists one twice.</summary>
    public void AddSlice(ReadOnlySpan<byte> name)
    {
        _shard.Slices.Add(name, out var slice);
        if (_slices.Span.IndexOf(slice) < 0)
        {
            _slices.Add(slice);
        }
    }

    public void SetGroup(ReadOnlySpan<byte> name) => _shard.Groups.Add(name, out _group);

    /// <summary>The field a measure's name stands for.</summary>
    public int Field(ReadOnlySpan<byte> name) => _shard.Fields.FindOrAdd(name);

    /// <summary>The field of a measure this shard has already taken, whose name was checked then; false for a name
    /// not seen yet, and for a latency's (a built-in field: its name must fail the check).</summary>
    public bool TryFindMeasure(ReadOnlySpan<byte> name, out int field) =>
        _shard.Fields.TryFind(name, out field) && field > NumberFields.FinalMs;

    /// <summary>Notes that this line gives <paramref name="field"/>; false when it already did (a name given twice).</summary>
    public bool MarkSetOnce(int field)
    {
        if (_fieldsSet.Span.IndexOf(field) >= 0)
        {
            return false;
        }

        _fieldsSet.Add(field);
        return true;
    }

    /// <summary>Sets a number field of this utterance: NaN not reported, +Infinity a timeout, 0/1 a boolean.</summary>
    /// <returns>Null, or why the value cannot be taken (the field is of another kind elsewhere).</returns>
    public string? SetNumber(int field, double value, FieldKind kind, int line)
    {
        var fields = _shard.Fields;
        if (!double.IsNaN(value) && !fields.TryAssume(field, kind, _shard.FileIndex, line))
        {
            var (_, at) = fields.KindSetAt(field);
            var was = fields.Kind(field) == FieldKind.Boolean ? "true/false" : "a number";
            return $"\"{fields.Name(field)}\" is {was} on line {at} of this file and must stay so on every line (null when not reported).";
        }

        fields.Set(field, _shard.Count, value);
        return null;
    }

    /// <summary>Scores the utterance and adds it to the shard.</summary>
    public void End(int line)
    {
        _scorer.Score(out var score);
        var record = new UtteranceRecord
        {
            Score = score,
            ReferenceHash = _scorer.HasReference ? ReferenceHash(_scorer.NormalizedReference) : 0,
            Group = _group,
            SliceStart = _shard.SliceMemberships.Count,
            SliceCount = _slices.Count,
            FileIndex = _shard.FileIndex,
            Line = line,
        };
        foreach (var slice in _slices.Span)
        {
            _shard.SliceMemberships.Add(slice);
        }

        if (_digest is not null)
        {
            EvalSetFingerprint.Digest(_digest, Id, _scorer.NormalizedReference, ref _digestInput, _shard.Digests!.Append());
        }

        _shard.Add(record, Id);
    }

    /// <summary>
    /// A hash of the normalised reference, compared only with the other side's in the same run (so it is free to
    /// change): eight bytes a step, multiplied and rotated, folded to 32 bits and made odd so that 0 can mean "no
    /// reference". Byte by byte (FNV-1a) it was 1.7 % of the metrics' processor time.
    /// </summary>
    private static uint ReferenceHash(ReadOnlySpan<byte> text)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var hash = (ulong)text.Length * Multiplier;
        while (text.Length >= 8)
        {
            hash = (RotateLeft(hash) ^ MemoryMarshal.Read<ulong>(text)) * Multiplier;
            text = text.Slice(8);
        }

        var tail = 0UL;
        for (var i = 0; i < text.Length; i++)
        {
            tail |= (ulong)text[i] << (8 * i);
        }

        hash = (RotateLeft(hash) ^ tail) * Multiplier;
        hash ^= hash >> 29;
        return (uint)(hash ^ (hash >> 32)) | 1;
    }

    private static ulong RotateLeft(ulong value) => (value << 23) | (value >> 41);
}
