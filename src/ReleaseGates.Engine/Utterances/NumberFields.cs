namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// The numbers of each utterance beyond its texts, one dense column per field: the two latencies, then every
/// measure in the order first seen. NaN where a line does not report the field, +Infinity for a timeout, 0/1 for a
/// boolean. A field keeps the kind its first value gave it; where that was, for a message when a later value differs.
/// </summary>
internal sealed class NumberFields
{
    public const int FirstPartialMs = 0;
    public const int FinalMs = 1;

    private readonly Utf8KeyTable _names = new(16, 256);
    private readonly List<Field> _fields = [];
    private int _capacity;

    public NumberFields(int capacity)
    {
        _capacity = Math.Max(capacity, 1);
        Add("first_partial_ms"u8, FieldKind.Latency);
        Add("final_ms"u8, FieldKind.Latency);
    }

    public int Count => _fields.Count;

    public string Name(int field) => _fields[field].Name;

    public FieldKind Kind(int field) => _fields[field].Kind;

    /// <summary>One value per utterance (at least as many as there are utterances).</summary>
    public double[] Values(int field) => _fields[field].Values;

    /// <summary>File and line of the value that gave the field its kind.</summary>
    public (int File, int Line) KindSetAt(int field) => _fields[field].KindSetAt;

    public bool TryFind(ReadOnlySpan<byte> name, out int field) => _names.TryFind(name, out field);

    /// <summary>The field named <paramref name="name"/>, added (with no kind yet) when new.</summary>
    public int FindOrAdd(ReadOnlySpan<byte> name) =>
        _names.TryFind(name, out var field) ? field : Add(name, FieldKind.Unknown);

    /// <summary>Gives <paramref name="field"/> the kind of a value; false when it already has another kind.</summary>
    public bool TryAssume(int field, FieldKind kind, int file, int line)
    {
        var current = _fields[field];
        if (current.Kind == FieldKind.Unknown)
        {
            current.Kind = kind;
            current.KindSetAt = (file, line);
            return true;
        }

        return current.Kind == kind || (current.Kind == FieldKind.Latency && kind == FieldKind.Number);
    }

    public void Set(int field, int utterance, double value)
    {
        if (utterance >= _capacity)
        {
            Grow(Math.Max(_capacity * 2, utterance + 1));
        }

        _fields[field].Values[utterance] = value;
    }

    /// <summary>Forgets every value, and every measure's kind, keeping the columns (room for at least
    /// <paramref name="capacity"/> utterances).</summary>
    public void Clear(int capacity)
    {
        _capacity = Math.Max(_capacity, capacity);
        for (var field = 0; field < _fields.Count; field++)
        {
            var current = _fields[field];
            if (current.Values.Length < _capacity)
            {
                current.Values = new double[_capacity];
            }

            current.Values.AsSpan().Fill(double.NaN);
            if (field > FinalMs)
            {
                current.Kind = FieldKind.Unknown;
                current.KindSetAt = default;
            }
        }
    }

    /// <summary>Appends <paramref name="other"/>'s values after this one's first <paramref name="offset"/> utterances,
    /// field by field by name.</summary>
    /// <returns>Null, or the first field whose kinds disagree: its name and where each side set its kind.</returns>
    public (string Name, (int File, int Line) Here, (int File, int Line) There)? Append(NumberFields other, int offset, int count)
    {
        if (offset + count > _capacity)
        {
            Grow(offset + count);
        }

        for (var field = 0; field < other.Count; field++)
        {
            var theirs = other._fields[field];
            var mine = FindOrAdd(System.Text.Encoding.UTF8.GetBytes(theirs.Name));
            if (theirs.Kind != FieldKind.Unknown && !TryAssume(mine, theirs.Kind, theirs.KindSetAt.File, theirs.KindSetAt.Line))
            {
                return (theirs.Name, _fields[mine].KindSetAt, theirs.KindSetAt);
            }

            // A shard grows its columns only as far as its last value set: the rest is NaN here already.
            Array.Copy(theirs.Values, 0, _fields[mine].Values, offset, Math.Min(count, theirs.Values.Length));
        }

        return null;
    }

    /// <summary>Moves where each field got its kind <paramref name="lines"/> lines down (a piece numbered from its start,
    /// numbered as in its file). Line 0 is no line: the latencies' kind is given, not set by a value.</summary>
    public void ShiftLines(int lines)
    {
        foreach (var field in _fields)
        {
            if (field.KindSetAt.Line > 0)
            {
                field.KindSetAt = (field.KindSetAt.File, field.KindSetAt.Line + lines);
            }
        }
    }

    private int Add(ReadOnlySpan<byte> name, FieldKind kind)
    {
        _names.Add(name, out var index);
        var values = new double[_capacity];
        values.AsSpan().Fill(double.NaN);
        _fields.Add(new Field(_names.GetString(index), kind, values));
        return index;
    }

    private void Grow(int capacity)
    {
        foreach (var field in _fields)
        {
            var values = new double[capacity];
            Array.Copy(field.Values, values, _capacity);
            values.AsSpan(_capacity).Fill(double.NaN);
            field.Values = values;
        }

        _capacity = capacity;
    }

    private sealed class Field(string name, FieldKind kind, double[] values)
    {
        public string Name { get; } = name;

        public FieldKind Kind { get; set; } = kind;

        public (int File, int Line) KindSetAt { get; set; }

        public double[] Values { get; set; } = values;
    }
}
