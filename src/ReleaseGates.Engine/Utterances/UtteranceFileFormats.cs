using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Which reader a per-utterance file gets, by its extension: JSON Lines unless a reader is registered for it.
/// The engine carries no Parquet library (it loads inside Visual Studio's MSBuild and the compiler), so hosts that can
/// load one register it at start: the CLI always, the MSBuild task where its runtime allows
/// (<c>ReleaseGates.Parquet.ParquetUtterances.Register()</c>). A Parquet file read without a registered reader is an
/// invalid input (RG4003) that says why and what to do, never read as JSON Lines.
/// </summary>
public static class UtteranceFileFormats
{
    /// <summary>Parquet files (Spark, Ray, DuckDB jobs): the fields of the JSON Lines as columns (contract §10).</summary>
    public const string ParquetExtension = ".parquet";

    private const string NoReader =
        "This is a Parquet file, and this program has no Parquet reader (ReleaseGates.Parquet is not loaded). Read it with the release-gates tool or in dotnet build, or convert it to JSON Lines.";

    private static readonly object Gate = new();
    private static Dictionary<string, IUtteranceFileReader> _readers = NewTable<IUtteranceFileReader>();
    private static Dictionary<string, string> _unavailable = NewTable<string>();

    /// <summary>Reads files ending in <paramref name="extension"/> (".parquet") with <paramref name="reader"/> from now on.</summary>
    internal static void Register(string extension, IUtteranceFileReader reader)
    {
        lock (Gate)
        {
            _readers = With(_readers, extension, reader);
        }
    }

    /// <summary>
    /// Says why this process cannot read files ending in <paramref name="extension"/> and what to do instead: a gate
    /// that names one is then an RG4003 with <paramref name="reason"/> as its message. For a host that tried to load a
    /// reader and could not; a reader registered later wins.
    /// </summary>
    public static void MarkUnavailable(string extension, string reason)
    {
        lock (Gate)
        {
            _unavailable = With(_unavailable, extension, reason);
        }
    }

    /// <summary>Whether <paramref name="file"/> is a Parquet file (by its extension, as the readers are chosen).</summary>
    public static bool IsParquet(string file) => Path.GetExtension(file).Equals(ParquetExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>"row" or "line": what the position of an utterance in <paramref name="file"/> counts.</summary>
    internal static string PositionName(string file) => IsParquet(file) ? "row" : "line";

    /// <summary>The reader for <paramref name="file"/>; null for JSON Lines (every extension without a reader but Parquet's).</summary>
    internal static IUtteranceFileReader? ReaderFor(string file)
    {
        var extension = Path.GetExtension(file);
        if (_readers.TryGetValue(extension, out var reader))
        {
            return reader;
        }

        if (_unavailable.TryGetValue(extension, out var reason))
        {
            return new Unavailable(reason);
        }

        return IsParquet(file) ? new Unavailable(NoReader) : null;
    }

    private static Dictionary<string, T> NewTable<T>() => new(StringComparer.OrdinalIgnoreCase);

    // Copy on write: readers on every thread see a whole table without taking the lock.
    private static Dictionary<string, T> With<T>(Dictionary<string, T> table, string extension, T value)
    {
        var copy = new Dictionary<string, T>(table, StringComparer.OrdinalIgnoreCase) { [extension] = value };
        return copy;
    }

    /// <summary>A format this process cannot read: every file of it is an invalid input that says why.</summary>
    private sealed class Unavailable(string reason) : IUtteranceFileReader
    {
        public IReadOnlyList<FilePiece> Pieces(string file, int fileIndex, int cores) => [FilePiece.Whole(fileIndex)];

        public void Read(string file, FilePiece piece, UtteranceFormat format, UtteranceBuilder builder, UtteranceShard shard, Action<long> bytesRead) =>
            throw new InvalidInputException(file, 0, 0, reason);
    }
}
