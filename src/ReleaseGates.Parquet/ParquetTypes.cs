using System.Globalization;
using System.Runtime.CompilerServices;
using Parquet.Schema;

namespace ReleaseGates.Parquet;

/// <summary>Which Parquet columns are what to us, said in the words a DuckDB, Spark or pandas user knows.</summary>
internal static class ParquetTypes
{
    public static bool IsString(Field field) =>
        field is DataField { IsArray: false } data && IsString(data.ClrType);

    /// <summary>A number a latency or a measure may be: any integer or floating-point type, or a decimal.</summary>
    public static bool IsNumber(Field field) =>
        field is DataField { IsArray: false } data and not (TimeDataField or DateTimeDataField) && IsNumber(data.ClrType);

    public static bool IsBoolean(Field field) =>
        field is DataField { IsArray: false } data && data.ClrType == typeof(bool);

    /// <summary>The list's string items: a list&lt;string&gt;, or a legacy repeated string column; else null.</summary>
    public static DataField? StringItems(Field field) => field switch
    {
        ListField { Item: DataField { IsArray: false } item } when IsString(item.ClrType) => item,
        DataField { IsArray: true } repeated when IsString(repeated.ClrType) => repeated,
        _ => null,
    };

    /// <summary>"int64", "list&lt;string&gt;", "struct", ...</summary>
    public static string Describe(Field field) => field switch
    {
        ListField list => $"list<{Describe(list.Item)}>",
        MapField => "map",
        StructField => "struct",
        TimeDataField => "time",
        DateTimeDataField => "timestamp",
        DataField { IsArray: true } repeated => $"list<{Describe(repeated.ClrType)}>",
        DataField data => Describe(data.ClrType),
        _ => field.SchemaType.ToString().ToLowerInvariant(),
    };

    /// <summary>Reads a value of a number column as a double exactly as the JSON Lines reader reads the same number
    /// written in decimal: integers and decimals correctly rounded, floats widened exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble<T>(T value)
        where T : struct
    {
        if (typeof(T) == typeof(double))
        {
            return Unsafe.As<T, double>(ref value);
        }

        if (typeof(T) == typeof(float))
        {
            return Unsafe.As<T, float>(ref value);
        }

        if (typeof(T) == typeof(int))
        {
            return Unsafe.As<T, int>(ref value);
        }

        if (typeof(T) == typeof(long))
        {
            return Unsafe.As<T, long>(ref value);
        }

        if (typeof(T) == typeof(short))
        {
            return Unsafe.As<T, short>(ref value);
        }

        if (typeof(T) == typeof(sbyte))
        {
            return Unsafe.As<T, sbyte>(ref value);
        }

        if (typeof(T) == typeof(byte))
        {
            return Unsafe.As<T, byte>(ref value);
        }

        if (typeof(T) == typeof(ushort))
        {
            return Unsafe.As<T, ushort>(ref value);
        }

        if (typeof(T) == typeof(uint))
        {
            return Unsafe.As<T, uint>(ref value);
        }

        if (typeof(T) == typeof(ulong))
        {
            return Unsafe.As<T, ulong>(ref value);
        }

        if (typeof(T) == typeof(bool))
        {
            return Unsafe.As<T, bool>(ref value) ? 1 : 0;
        }

        if (typeof(T) == typeof(decimal))
        {
            // decimal's own conversion can be one unit in the last place off; the text is exact and parsed correctly rounded.
            return double.Parse(Unsafe.As<T, decimal>(ref value).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        throw new NotSupportedException($"{typeof(T).Name} is not a number type");
    }

    // Parquet.Net reads a string column's values as ReadOnlyMemory<char> (a file's schema says so), or as string.
    private static bool IsString(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    private static bool IsNumber(Type type) =>
        type == typeof(double) || type == typeof(float) || type == typeof(int) || type == typeof(long)
        || type == typeof(short) || type == typeof(sbyte) || type == typeof(byte) || type == typeof(ushort)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(decimal);

    private static string Describe(Type type) =>
        IsString(type) ? "string"
        : type == typeof(bool) ? "boolean"
        : type == typeof(double) ? "double"
        : type == typeof(float) ? "float"
        : type == typeof(long) ? "int64"
        : type == typeof(int) ? "int32"
        : type == typeof(short) ? "int16"
        : type == typeof(sbyte) ? "int8"
        : type == typeof(ulong) ? "uint64"
        : type == typeof(uint) ? "uint32"
        : type == typeof(ushort) ? "uint16"
        : type == typeof(byte) ? "uint8"
        : type == typeof(decimal) ? "decimal"
        : type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>) ? "binary"
        : type == typeof(DateTime) || type == typeof(DateOnly) ? "date"
        : type.Name;
}
