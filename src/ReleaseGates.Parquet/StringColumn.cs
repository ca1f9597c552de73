using System;
using System.Threading.Tasks;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;

namespace ReleaseGates.Parquet;

/// <summary>
/// One row group's values of a string column, walked row by row: a top-level string (<see cref="TryNext"/>) or the
/// items of a list&lt;string&gt; (<see cref="NextList"/>, <see cref="TryNextItem"/>), decoded from the definition and
/// repetition levels. Buffers are kept from one row group to the next.
/// </summary>
internal sealed class StringColumn
{
    private readonly DataField _field;
    private readonly int _itemLevel;
    private ReadOnlyMemory<char>[] _values = [];
    private int[] _definitions = [];
    private int[] _repetitions = [];
    private int _count;
    private int _entry;
    private int _value;
    private int _rowStart = -1;

    /// <param name="name">The column as its user names it: "slices", not the path of its items.</param>
    public StringColumn(DataField field, string name)
    {
        _field = field;
        Name = name;

        // A list's item exists from the definition level of its repeated node: the item itself when it is required
        // (or a legacy repeated column), one level up when the item is optional.
        _itemLevel = field.MaxRepetitionLevel == 0 ? 0
            : field.MaxDefinitionLevel - (field.SchemaElement?.RepetitionType == FieldRepetitionType.OPTIONAL ? 1 : 0);
    }

    public DataField Field => _field;

    public string Name { get; }

    public async ValueTask ReadAsync(ParquetRowGroupReader group)
    {
        var entries = checked((int)(group.GetMetadata(_field)?.MetaData?.NumValues ?? 0));
        Ensure(ref _values, entries);
        Memory<int>? definitions = null;
        Memory<int>? repetitions = null;
        if (_field.MaxDefinitionLevel > 0)
        {
            Ensure(ref _definitions, entries);
            definitions = _definitions.AsMemory(0, entries);
        }

        if (_field.MaxRepetitionLevel > 0)
        {
            Ensure(ref _repetitions, entries);
            repetitions = _repetitions.AsMemory(0, entries);
        }

        Array.Clear(_values); // let the last row group's texts go
        await group.ReadRawAsync(_field, _values.AsMemory(0, entries), definitions, repetitions).ConfigureAwait(false);
        _count = entries;
        _entry = 0;
        _value = 0;
        _rowStart = -1;
    }

    /// <summary>The next row's string; false when it is null.</summary>
    public bool TryNext(out ReadOnlySpan<char> value)
    {
        var entry = _entry++;
        if (entry >= _count || (_field.MaxDefinitionLevel > 0 && _definitions[entry] < _field.MaxDefinitionLevel))
        {
            value = default;
            return false;
        }

        value = _values[_value++].Span;
        return true;
    }

    /// <summary>Moves to the next row's list: then <see cref="TryNextItem"/> until false when it has items.</summary>
    public ListShape NextList()
    {
        if (_entry >= _count)
        {
            return ListShape.Null;
        }

        var level = _field.MaxDefinitionLevel > 0 ? _definitions[_entry] : 0;
        if (level >= _itemLevel)
        {
            _rowStart = _entry;
            return ListShape.Items;
        }

        _entry++;
        return level == _itemLevel - 1 ? ListShape.Empty : ListShape.Null;
    }

    /// <summary>The row's next item (<paramref name="isNull"/> for a null item); false after its last.</summary>
    public bool TryNextItem(out ReadOnlySpan<char> item, out bool isNull)
    {
        item = default;
        isNull = false;
        if (_rowStart < 0 || _entry >= _count || (_entry != _rowStart && _repetitions[_entry] == 0))
        {
            _rowStart = -1;
            return false;
        }

        var level = _field.MaxDefinitionLevel > 0 ? _definitions[_entry] : 0;
        _entry++;
        if (level < _field.MaxDefinitionLevel)
        {
            isNull = true;
            return true;
        }

        item = _values[_value++].Span;
        return true;
    }

    private static void Ensure<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new T[Math.Max(length, buffer.Length * 2)];
        }
    }
}

/// <summary>What a row's list column holds.</summary>
internal enum ListShape
{
    Null,
    Empty,
    Items,
}
