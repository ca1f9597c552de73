namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Reads per-utterance files of a format other than JSON Lines (Parquet: ReleaseGates.Parquet) into the same
/// <see cref="UtteranceBuilder"/> calls as <see cref="UtteranceLineParser"/> makes for a line, so the metrics of the
/// same utterances are the same whatever the format. Chosen by file extension (<see cref="UtteranceFileFormats"/>);
/// called on a reading thread once per piece of a file (<see cref="Pieces"/>), with a builder of its own.
/// </summary>
internal interface IUtteranceFileReader
{
    /// <summary>
    /// The pieces <paramref name="file"/> can be read in on <paramref name="cores"/> threads, in order, with the rows
    /// before each (for Parquet: runs of rows, whole row groups where they are small enough;
    /// <see cref="FilePiece.Start"/> and <see cref="FilePiece.End"/> count rows). <see cref="FilePiece.Whole"/> when
    /// the file cannot be cut, or cannot be read: reading it then says why.
    /// </summary>
    IReadOnlyList<FilePiece> Pieces(string file, int fileIndex, int cores);

    /// <summary>
    /// Adds every utterance of <paramref name="piece"/> of <paramref name="file"/> to <paramref name="shard"/>: per utterance,
    /// <c>builder.Begin(shard)</c>, its fields, <c>builder.End(position)</c>, where the position is the 1-based row
    /// (or line) that errors and duplicate ids are reported at.
    /// </summary>
    /// <param name="format">gates.json's <c>"format"</c>; a reader that knows no such spelling says so.</param>
    /// <param name="bytesRead">Told how many more bytes of the file were read, now and then; for progress displays.</param>
    /// <exception cref="Diagnostics.InvalidInputException">The file is not a valid file of this format, or an utterance
    /// in it is invalid; the utterances before it stay in the shard.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    void Read(string file, FilePiece piece, UtteranceFormat format, UtteranceBuilder builder, UtteranceShard shard, Action<long> bytesRead);
}
