namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// A run of whole lines of one JSON Lines file, read by one thread: the bytes from <see cref="Start"/> (the start of
/// a line) up to <see cref="End"/> (just after a line break, or the end of the file), and how many lines come
/// before it when known, so that every line keeps its number in messages. In a file of another format, the units its
/// reader cuts it in (Parquet: runs of rows) and the rows before them.
/// </summary>
/// <param name="FileIndex">The file, in reading order.</param>
/// <param name="Start">The byte offset of the piece's first line (another format: its first unit, a Parquet file's row).</param>
/// <param name="End">The byte offset just past the piece (another format: the unit after its last);
/// <see cref="long.MaxValue"/>: to the end of the file.</param>
/// <param name="LinesBefore">How many lines of the file come before <see cref="Start"/>; <see cref="NotCounted"/>: the
/// piece's lines are numbered from its start, and the merge numbers them as in the file.</param>
/// <param name="Lines">How many lines to make room for (an estimate); -1 when not known.</param>
internal readonly record struct FilePiece(int FileIndex, long Start, long End, int LinesBefore, int Lines)
{
    public const int NotCounted = -1;

    public static FilePiece Whole(int fileIndex) => new(fileIndex, 0, long.MaxValue, 0, -1);
}
