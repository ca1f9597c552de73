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

    /// <summary>The row group's values, one per row.</summary>
    public ReadOnlySpan<double> Rows => _rows.AsSpan(0, _rowCount);

    /// <param name="group">The row group.</param>
    /// <param name="file">The file, for <see cref="ColumnChunk"/> to read the column's chunk from; null to leave
    /// every chunk to Parquet.Net (tests compare the two).</param>
    public ValueTask ReadAsync(ParquetRowGroupReader group, SafeFileHandle? file)
    {
        _rowCount = checked((int)group.RowCount);
        Pooled.Ensure(ref _rows, _rowCount);

        var metadata = group.GetMetadata(_field)?.MetaData;
        ReadOwnChunk = file is not null && metadata is not null && _stored != Stored.ByParquetNet && metadata.NumValues == _rowCount
            && _chunk.TryRead(file, metadata, _field.MaxDefinitionLevel, maxRepetition: 0, _stored is Stored.Double or Stored.Int64 or Stored.UInt64 ? 8 : 4);
        if (ReadOwnChunk)
        {
            ReadPages();
            return ValueTask.CompletedTask;
        }

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

    /// <summary>The chunk's values page by page, one a row (the survey checked that the chunk has one entry a row).</summary>
    private void ReadPages()
    {
        var defined = _field.MaxDefinitionLevel;
        var row = 0;
        var noRepetitions = Array.Empty<int>(); // a column outside any list: the page walk never fills it
        while (_chunk.NextPage(ref _definitions, ref noRepetitions, out var entries))
        {
            var value = 0;
            for (var entry = 0; entry < entries; entry++)
            {
                _rows[row++] = defined == 0 || _definitions[entry] == defined ? ToDouble(_chunk.Value(value++)) : double.NaN;
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
