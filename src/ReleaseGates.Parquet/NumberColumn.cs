using System.Buffers;
using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;
using Parquet;
using Parquet.Schema;
using ReleaseGates.Engine.Utterances;
using ReleaseGates.Parquet.Chunks;
using PhysicalType = Parquet.Meta.Type;

namespace ReleaseGates.Parquet;

/// <summary>
/// One row group's values of a number or boolean column (a latency, or a field of the <c>measures</c> struct) as one
/// double per row: NaN where the row has null (or NaN) — not reported —, 0/1 for a boolean, as the JSON Lines reader
/// gives <see cref="UtteranceBuilder.SetNumber"/>. A chunk of 32- or 64-bit integers or floats in an encoding
/// <see cref="ColumnChunk"/> decodes is read by it; any other (booleans, decimals, delta encodings) by Parquet.Net.
/// </summary>
internal sealed class NumberColumn
{
    private readonly DataField _field;
    private readonly ColumnChunk _chunk = new();
    private readonly Stored _stored;
    private double[] _rows = [];
    private int _rowCount;
    private int[] _definitions = [];

    /// <param name="name">The column as its user names it: "final_ms", "measures.barge_in".</param>
    public NumberColumn(DataField field, string name)
    {
        _field = field;
        Name = name;
        _stored = StoredAs(field);
    }

    public DataField Field => _field;

    public string Name { get; }

    public FieldKind Kind => _field.ClrType == typeof(bool) ? FieldKind.Boolean : FieldKind.Number;

    /// <summary>Whether the row group last read was decoded by <see cref="ColumnChunk"/> (else by Parquet.Net).</summary>
    internal bool ReadOwnChunk { get; private set; }

    /// <summary>The values read, one per row from <see cref="FirstRow"/> of the row group.</summary>
    public ReadOnlySpan<double> Rows => _rows.AsSpan(0, _rowCount);

    /// <summary>The row of the row group that <see cref="Rows"/> starts at.</summary>
    public int FirstRow { get; private set; }

    /// <summary>The value of row <paramref name="row"/> of the row group, one of those read.</summary>
    public double Row(int row) => _rows[row - FirstRow];

    /// <param name="group">The row group.</param>
    /// <param name="file">The file, for <see cref="ColumnChunk"/> to read the column's chunk from; null to leave
    /// every chunk to Parquet.Net (tests compare the two).</param>
    /// <param name="from">The first row the piece reads: a chunk of our own passes the pages before it by.</param>
    /// <param name="to">The row after the piece's last (the row group's end when not given): no page after it is read.</param>
    public ValueTask ReadAsync(ParquetRowGroupReader group, SafeFileHandle? file, int from = 0, int? to = null)
    {
        var rowCount = checked((int)group.RowCount);
        var metadata = group.GetMetadata(_field)?.MetaData;
        ReadOwnChunk = file is not null && metadata is not null && _stored != Stored.ByParquetNet && metadata.NumValues == rowCount
            && _chunk.TryRead(file, metadata, _field.MaxDefinitionLevel, maxRepetition: 0, _stored is Stored.Double or Stored.Int64 or Stored.UInt64 ? 8 : 4);
        if (ReadOwnChunk)
        {
            ReadPages(from, Math.Min(to ?? rowCount, rowCount));
            return ValueTask.CompletedTask;
        }

        (FirstRow, _rowCount) = (0, rowCount);
        Pooled.Ensure(ref _rows, _rowCount);
        var type = _field.ClrType;
        return type == typeof(double) ? ReadAsync<double>(group)
            : type == typeof(float) ? ReadAsync<float>(group)
            : type == typeof(long) ? ReadAsync<long>(group)
            : type == typeof(int) ? ReadAsync<int>(group)
            : type == typeof(short) ? ReadAsync<short>(group)
            : type == typeof(sbyte) ? ReadAsync<sbyte>(group)
            : type == typeof(ulong) ? ReadAsync<ulong>(group)
            : type == typeof(uint) ? ReadAsync<uint>(group)
            : type == typeof(ushort) ? ReadAsync<ushort>(group)
            : type == typeof(byte) ? ReadAsync<byte>(group)
            : type == typeof(decimal) ? ReadAsync<decimal>(group)
            : ReadAsync<bool>(group);
    }

    /// <summary>Gives the buffers back to the pool once the piece's last row group is read.</summary>
    public void Return()
    {
        Pooled.Return(ref _definitions);
        Pooled.Return(ref _rows);
        _chunk.Return();
    }

    /// <summary>The values of rows <paramref name="from"/> to <paramref name="to"/>, page by page, one a row (the survey
    /// checked that the chunk has one entry a row), from the page that holds the first.</summary>
    private void ReadPages(int from, int to)
    {
        var row = _chunk.SkipPages(from);
        (FirstRow, _rowCount) = (row, Math.Max(0, to - row));
        Pooled.Ensure(ref _rows, _rowCount);
        var defined = _field.MaxDefinitionLevel;
        var noRepetitions = Array.Empty<int>(); // a column outside any list: the page walk never fills it
        while (row < to && _chunk.NextPage(ref _definitions, ref noRepetitions, out var entries))
        {
            var value = 0;
            for (var entry = 0; entry < entries && row < to; entry++, row++)
            {
                _rows[row - FirstRow] = defined == 0 || _definitions[entry] == defined ? ToDouble(_chunk.Value(value++)) : double.NaN;
            }
        }
    }

    private async ValueTask ReadAsync<T>(ParquetRowGroupReader group)
        where T : struct
    {
        var rows = _rowCount;
        var entries = checked((int)(group.GetMetadata(_field)?.MetaData?.NumValues ?? 0));
        var values = ArrayPool<T>.Shared.Rent(Math.Max(entries, 1));
        var definitions = _field.MaxDefinitionLevel > 0 ? ArrayPool<int>.Shared.Rent(Math.Max(entries, 1)) : null;
        try
        {
            await group.ReadRawAsync(_field, values.AsMemory(0, entries), definitions?.AsMemory(0, entries), null).ConfigureAwait(false);
            var defined = _field.MaxDefinitionLevel;
            var next = 0;
            for (var row = 0; row < rows; row++)
            {
                _rows[row] = row < entries && (definitions is null || definitions[row] == defined)
                    ? ParquetTypes.ToDouble(values[next++])
                    : double.NaN;
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(values);
            if (definitions is not null)
            {
                ArrayPool<int>.Shared.Return(definitions);
            }
        }
    }

    private double ToDouble(ReadOnlySpan<byte> value) => _stored switch
    {
        Stored.Double => BinaryPrimitives.ReadDoubleLittleEndian(value),
        Stored.Float => BinaryPrimitives.ReadSingleLittleEndian(value),
        Stored.Int64 => BinaryPrimitives.ReadInt64LittleEndian(value),
        Stored.UInt64 => BinaryPrimitives.ReadUInt64LittleEndian(value),
        Stored.Int32 => BinaryPrimitives.ReadInt32LittleEndian(value),
        Stored.UInt32 => BinaryPrimitives.ReadUInt32LittleEndian(value),
        Stored.Int16 => (short)BinaryPrimitives.ReadInt32LittleEndian(value),
        Stored.UInt16 => (ushort)BinaryPrimitives.ReadInt32LittleEndian(value),
        Stored.Int8 => (sbyte)BinaryPrimitives.ReadInt32LittleEndian(value),
        _ => (byte)BinaryPrimitives.ReadInt32LittleEndian(value),
    };

    /// <summary>
    /// How a value of the column is stored, to be read as a double the way Parquet.Net reads it as its CLR type (a
    /// UINT_32 is an INT32 read as unsigned, an INT_8 an INT32 narrowed).
    /// </summary>
    private static Stored StoredAs(DataField field)
    {
        var type = field.ClrType;
        return field.SchemaElement?.Type switch
        {
            PhysicalType.DOUBLE when type == typeof(double) => Stored.Double,
            PhysicalType.FLOAT when type == typeof(float) => Stored.Float,
            PhysicalType.INT64 when type == typeof(long) => Stored.Int64,
            PhysicalType.INT64 when type == typeof(ulong) => Stored.UInt64,
            PhysicalType.INT32 when type == typeof(int) => Stored.Int32,
            PhysicalType.INT32 when type == typeof(uint) => Stored.UInt32,
            PhysicalType.INT32 when type == typeof(short) => Stored.Int16,
            PhysicalType.INT32 when type == typeof(ushort) => Stored.UInt16,
            PhysicalType.INT32 when type == typeof(sbyte) => Stored.Int8,
            PhysicalType.INT32 when type == typeof(byte) => Stored.UInt8,
            _ => Stored.ByParquetNet,
        };
    }

    /// <summary>A value's physical type and the CLR type Parquet.Net gives it; booleans and decimals are left to Parquet.Net.</summary>
    private enum Stored
    {
        ByParquetNet,
        Double,
        Float,
        Int64,
        UInt64,
        Int32,
        UInt32,
        Int16,
        UInt16,
        Int8,
        UInt8,
    }
}
