using System.Buffers;
using Parquet;
using Parquet.Schema;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Parquet;

/// <summary>
/// One row group's values of a number or boolean column (a latency, or a field of the <c>measures</c> struct) as one
/// double per row: NaN where the row has null (or NaN) — not reported —, 0/1 for a boolean, as the JSON Lines reader
/// gives <see cref="UtteranceBuilder.SetNumber"/>.
/// </summary>
internal sealed class NumberColumn
{
    private readonly DataField _field;
    private double[] _rows = [];

    /// <param name="name">The column as its user names it: "final_ms", "measures.barge_in".</param>
    public NumberColumn(DataField field, string name)
    {
        _field = field;
        Name = name;
    }

    public DataField Field => _field;

    public string Name { get; }

    public FieldKind Kind => _field.ClrType == typeof(bool) ? FieldKind.Boolean : FieldKind.Number;

    /// <summary>The row group's values, one per row.</summary>
    public ReadOnlySpan<double> Rows => _rows;

    public ValueTask ReadAsync(ParquetRowGroupReader group)
    {
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

    private async ValueTask ReadAsync<T>(ParquetRowGroupReader group)
        where T : struct
    {
        var rows = checked((int)group.RowCount);
        var entries = checked((int)(group.GetMetadata(_field)?.MetaData?.NumValues ?? 0));
        var values = ArrayPool<T>.Shared.Rent(Math.Max(entries, 1));
        var definitions = _field.MaxDefinitionLevel > 0 ? ArrayPool<int>.Shared.Rent(Math.Max(entries, 1)) : null;
        try
        {
            await group.ReadRawAsync(_field, values.AsMemory(0, entries), definitions?.AsMemory(0, entries), null).ConfigureAwait(false);
            if (_rows.Length != rows)
            {
                _rows = new double[rows];
            }

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
}
