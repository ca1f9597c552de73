namespace ReleaseGates.Parquet;

/// <summary>
/// A page of a string column that cannot be decoded, found as the rows reach it (pages are decoded one at a time while
/// rows are scored, no longer all as a row group's columns are read): the error Parquet decoding gave, with the column
/// it is in, so that the file's error names the column as it does for an error found while a row group is read.
/// </summary>
internal sealed class ColumnPageException(string column, Exception error) : Exception(error.Message, error)
{
    /// <summary>The column as its user names it.</summary>
    public string Column { get; } = column;
}
