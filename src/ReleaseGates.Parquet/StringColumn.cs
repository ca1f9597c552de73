using System.Text;
using Microsoft.Win32.SafeHandles;
using Parquet;
using Parquet.Schema;
using ReleaseGates.Parquet.Chunks;
using FieldRepetitionType = Parquet.Meta.FieldRepetitionType;

namespace ReleaseGates.Parquet;

/// <summary>
/// One row group's values of a string column, walked row by row as UTF-8: a top-level string (<see cref="TryNext"/>)
/// or the items of a list&lt;string&gt; (<see cref="NextList"/>, <see cref="TryNextItem"/>), decoded from the
/// definition and repetition levels. The values are read as the file's bytes where the column's layout allows (no
/// UTF-16 copy of every text; the JSON Lines reader scores the same bytes), else as characters and encoded back. A
/// chunk <see cref="ColumnChunk"/> decodes is read by it page by page as the walk reaches each page (a list may go on
/// from one page to the next), as spans of the page with no array per value; any other is read whole by Parquet.Net,
/// as if it were one page. Buffers are kept from one row group to the next.
/// </summary>
internal sealed class StringColumn
{
    private readonly DataField _field;
    private readonly DataField? _bytesField;
    private readonly int _itemLevel;
    private readonly ColumnChunk _chunk;
    private ReadOnlyMemory<byte>[] _bytes = [];
    private ReadOnlyMemory<char>[] _chars = [];
    private byte[] _encoded = [];
    private int[] _definitions = [];
    private int[] _repetitions = [];
    private int _count;
    private int _entry;
    private int _value;
    private bool _inList;
    private bool _firstItem;
    private bool _ownChunk;

    /// <param name="field">The string column, or the items of a list column.</param>
    /// <param name="top">The top-level column: <paramref name="field"/> itself, or its list.</param>
    /// <param name="name">The column as its user names it: "slices", not the path of its items.</param>
    /// <param name="asBytes">False to read characters even where bytes could be read (tests compare the two).</param>
    /// <param name="chunk">The reader of our own to use (tests give one that streams small pages).</param>
    public StringColumn(DataField field, Field top, string name, bool asBytes = true, ColumnChunk? chunk = null)
    {
        _field = field;
        _chunk = chunk ?? new ColumnChunk();
        _bytesField = asBytes ? AsBytes(field, top) : null;
        Name = name;

        // A list's item exists from the definition level of its repeated node: the item itself when it is required,
        // one level up when the item is optional.
        _itemLevel = field.MaxRepetitionLevel == 0 ? 0
            : field.MaxDefinitionLevel - (field.SchemaElement?.RepetitionType == FieldRepetitionType.OPTIONAL ? 1 : 0);
    }

    public string Name { get; }

    /// <summary>Whether the values are read as the file's bytes (else as characters, encoded back).</summary>
    public bool ReadsBytes => _bytesField is not null;

    /// <summary>Whether the row group last read was decoded by <see cref="ColumnChunk"/> (else by Parquet.Net).</summary>
    internal bool ReadOwnChunk => _ownChunk;

    /// <summary>The reader of our own, for tests to see what the chunk last read held.</summary>
    internal ColumnChunk Chunk => _chunk;

    /// <param name="group">The row group.</param>
    /// <param name="file">The file, for <see cref="ColumnChunk"/> to read the column's chunk from; null to leave
    /// every chunk to Parquet.Net (tests compare the two).</param>
    public async ValueTask ReadAsync(ParquetRowGroupReader group, SafeFileHandle? file)
    {
        var metadata = group.GetMetadata(_field)?.MetaData;
        (_entry, _value, _inList) = (0, 0, false);

        // The characters path (a legacy list) stays on Parquet.Net: no writer we know of still makes one.
        _ownChunk = file is not null && metadata is not null && _bytesField is not null
            && _chunk.TryRead(file, metadata, _field.MaxDefinitionLevel, _field.MaxRepetitionLevel);
        if (_ownChunk)
        {
            _count = 0; // its first page is read when the walk reaches it
            return;
        }

        var entries = checked((int)(metadata?.NumValues ?? 0));
        Memory<int>? definitions = null;
        Memory<int>? repetitions = null;
        if (_field.MaxDefinitionLevel > 0)
        {
            Pooled.Ensure(ref _definitions, entries);
            definitions = _definitions.AsMemory(0, entries);
        }

        if (_field.MaxRepetitionLevel > 0)
        {
            Pooled.Ensure(ref _repetitions, entries);
            repetitions = _repetitions.AsMemory(0, entries);
        }

        if (_bytesField is not null)
        {
            Pooled.Ensure(ref _bytes, entries);
            await group.ReadRawAsync(_bytesField, _bytes.AsMemory(0, entries), definitions, repetitions).ConfigureAwait(false);
        }
        else
        {
            Pooled.Ensure(ref _chars, entries);
            await group.ReadRawAsync(_field, _chars.AsMemory(0, entries), definitions, repetitions).ConfigureAwait(false);
        }

        _count = entries;
    }

    /// <summary>Lets the row group's texts go once its rows are read.</summary>
    public void Release()
    {
        Array.Clear(_bytes);
        Array.Clear(_chars);
    }

    /// <summary>Gives the buffers back to the pool once the last row group is read, for the next piece's columns.</summary>
    public void Return()
    {
        Pooled.Return(ref _bytes);
        Pooled.Return(ref _chars);
        Pooled.Return(ref _encoded);
        Pooled.Return(ref _definitions);
        Pooled.Return(ref _repetitions);
        _chunk.Return();
    }

    /// <summary>The next row's string; false when it is null.</summary>
    public bool TryNext(out ReadOnlySpan<byte> value)
    {
        if (!HasEntry())
        {
            value = default;
            return false;
        }

        var entry = _entry++;
        if (_field.MaxDefinitionLevel > 0 && _definitions[entry] < _field.MaxDefinitionLevel)
        {
            value = default;
            return false;
        }

        value = Value();
        return true;
    }

    /// <summary>Moves to the next row's list: then <see cref="TryNextItem"/> until false when it has items.</summary>
    public ListShape NextList()
    {
        if (!HasEntry())
        {
            return ListShape.Null;
        }

        var level = _field.MaxDefinitionLevel > 0 ? _definitions[_entry] : 0;
        if (level >= _itemLevel)
        {
            (_inList, _firstItem) = (true, true);
            return ListShape.Items;
        }

        _entry++;
        return level == _itemLevel - 1 ? ListShape.Empty : ListShape.Null;
    }

    /// <summary>The row's next item (<paramref name="isNull"/> for a null item); false after its last.</summary>
    public bool TryNextItem(out ReadOnlySpan<byte> item, out bool isNull)
    {
        item = default;
        isNull = false;

        // The row's items may go on into the next page: its first entry there says whether they do (repetition level
        // above 0) or a new row starts.
        if (!_inList || !HasEntry() || (!_firstItem && _repetitions[_entry] == 0))
        {
            _inList = false;
            return false;
        }

        _firstItem = false;
        var level = _field.MaxDefinitionLevel > 0 ? _definitions[_entry] : 0;
        _entry++;
        if (level < _field.MaxDefinitionLevel)
        {
            isNull = true;
            return true;
        }

        item = Value();
        return true;
    }

    /// <summary>
    /// Passes by the next <paramref name="rows"/> rows, for a piece that starts inside the row group: whole pages are
    /// passed by unread (a list's, but for its repetition levels, which say where its rows start), then the rows before
    /// the piece's first in the page it starts in are walked.
    /// </summary>
    public void Skip(int rows)
    {
        var isList = _field.MaxRepetitionLevel > 0;
        for (; rows > 0; rows--)
        {
            if (_ownChunk && _entry >= _count)
            {
                rows -= SkipPages(rows, isList);
                if (rows == 0)
                {
                    return;
                }
            }

            if (isList)
            {
                if (NextList() == ListShape.Items)
                {
                    while (TryNextItem(out _, out _))
                    {
                    }
                }
            }
            else
            {
                _ = TryNext(out _);
            }
        }
    }

    /// <summary>Passes by whole pages holding no more than <paramref name="rows"/> rows, and, for a list, the rest of
    /// the last row they hold where it goes on into the next page; how many rows that passed by.</summary>
    private int SkipPages(int rows, bool isList)
    {
        int skipped;
        var pages = 0;
        try
        {
            skipped = isList ? _chunk.SkipListPages(rows, ref _repetitions, out pages) : _chunk.SkipPages(rows);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ColumnPageException(Name, e);
        }

        if (pages > 0)
        {
            while (HasEntry() && _repetitions[_entry] > 0)
            {
                if (_definitions[_entry++] == _field.MaxDefinitionLevel)
                {
                    _ = Value(); // a streamed page's values are read in order
                }
            }
        }

        return skipped;
    }

    /// <summary>
    /// The levels of the rest of the row group, page after page as the walk would pass them, for tests to compare with
    /// Parquet.Net's; the rows read after are none.
    /// </summary>
    internal (List<int> Definitions, List<int> Repetitions) RemainingLevels()
    {
        var (definitions, repetitions) = (new List<int>(), new List<int>());
        while (HasEntry())
        {
            definitions.AddRange(_field.MaxDefinitionLevel > 0 ? _definitions.AsSpan(_entry, _count - _entry) : []);
            repetitions.AddRange(_field.MaxRepetitionLevel > 0 ? _repetitions.AsSpan(_entry, _count - _entry) : []);
            _entry = _count;
        }

        return (definitions, repetitions);
    }

    /// <summary>Whether there is an entry at <see cref="_entry"/>, decoding the next page when the walk is at the end of one.</summary>
    private bool HasEntry()
    {
        while (_entry >= _count)
        {
            if (!_ownChunk || !NextPage())
            {
                return false;
            }
        }

        return true;
    }

    /// <exception cref="ColumnPageException">The page cannot be decoded.</exception>
    private bool NextPage()
    {
        bool read;
        try
        {
            read = _chunk.NextPage(ref _definitions, ref _repetitions, out _count);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever decoding a page throws (the codecs' own exceptions too) means the file cannot be read, as when
            // a row group's columns were all decoded before its rows.
            throw new ColumnPageException(Name, e);
        }

        (_entry, _value) = (0, 0);
        return read;
    }

    private ReadOnlySpan<byte> Value()
    {
        if (_ownChunk)
        {
            try
            {
                return _chunk.Value(_value++);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A page decompressed as its values are read is found corrupt where a value is.
                throw new ColumnPageException(Name, e);
            }
        }

        if (_bytesField is not null)
        {
            return _bytes[_value++].Span;
        }

        var chars = _chars[_value++].Span;
        Pooled.Ensure(ref _encoded, Encoding.UTF8.GetMaxByteCount(chars.Length));
        return _encoded.AsSpan(0, Encoding.UTF8.GetBytes(chars, _encoded));
    }

    /// <summary>
    /// The same column as binary, so that Parquet.Net hands over each value's bytes rather than decoding them to UTF-16:
    /// a top-level string, or the items of a standard three-level list (the layout every current writer makes). Null
    /// when the layout is another (a legacy list): the column is then read as characters.
    /// </summary>
    private static DataField? AsBytes(DataField field, Field top)
    {
        DataField bytes;
        if (ReferenceEquals(field, top))
        {
            bytes = new DataField(field.Name, typeof(byte[]), field.IsNullable, isArray: false);
            _ = new ParquetSchema(bytes);
        }
        else if (top is ListField && field.Path.Length == 3)
        {
            bytes = new DataField(field.Name, typeof(byte[]), field.IsNullable, isArray: false);
            _ = new ParquetSchema(new ListField(top.Name, bytes, field.Path[1]));
        }
        else
        {
            return null;
        }

        var same = bytes.Path.Equals(field.Path)
            && bytes.MaxDefinitionLevel == field.MaxDefinitionLevel
            && bytes.MaxRepetitionLevel == field.MaxRepetitionLevel;
        return same ? bytes : null;
    }
}

/// <summary>What a row's list column holds.</summary>
internal enum ListShape
{
    Null,
    Empty,
    Items,
}
