using Parquet;
using static ReleaseGates.Parquet.Tests.Fixtures;

namespace ReleaseGates.Parquet.Tests;

/// <summary>String columns are read as the file's bytes where the layout allows, and the characters path (kept for
/// other layouts) gives the same UTF-8, row by row and item by item.</summary>
public sealed class StringColumnTests
{
    [Theory]
    [InlineData(UtteranceColumns.Reference)]
    [InlineData(UtteranceColumns.Partials)]
    [InlineData(UtteranceColumns.Entities)]
    [InlineData(UtteranceColumns.Slices)]
    public async Task Bytes_and_characters_give_the_same_values(string name)
    {
        await using var reader = await ParquetReader.CreateAsync(PathOf("baseline.parquet"));
        var top = reader.Schema.Fields.Single(f => f.Name == name);
        var items = top as global::Parquet.Schema.DataField ?? (global::Parquet.Schema.DataField)((global::Parquet.Schema.ListField)top).Item;
        var bytes = new StringColumn(items, top, name);
        var chars = new StringColumn(items, top, name, asBytes: false);

        Assert.True(bytes.ReadsBytes); // DuckDB's layout: the fast path
        Assert.False(chars.ReadsBytes);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            await bytes.ReadAsync(group, null);
            await chars.ReadAsync(group, null);
            Assert.Equal(Rows(bytes, top, (int)group.RowCount), Rows(chars, top, (int)group.RowCount));
        }
    }

    internal static List<string> Rows(StringColumn column, global::Parquet.Schema.Field top, int rows)
    {
        var values = new List<string>();
        for (var row = 0; row < rows; row++)
        {
            if (top is not global::Parquet.Schema.ListField)
            {
                values.Add(column.TryNext(out var value) ? Convert.ToHexString(value) : "null");
                continue;
            }

            values.Add(column.NextList().ToString());
            while (column.TryNextItem(out var item, out var isNull))
            {
                values.Add(isNull ? "null item" : Convert.ToHexString(item));
            }
        }

        return values;
    }
}
