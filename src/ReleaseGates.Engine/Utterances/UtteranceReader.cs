using System.Collections.Concurrent;
using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Reads one side's per-utterance files into an <see cref="UtteranceSet"/>. Files, and pieces of large files
/// (<see cref="FilePieces"/>), are read in parallel, one per core, and merged in reading order, ids checked for
/// duplicates as they are merged, so the result (and the first error reported) is the same as reading them one after
/// the other. A file of another format (Parquet) is read by the reader registered for its extension
/// (<see cref="UtteranceFileFormats"/>) into the same kind of shard.
/// </summary>
internal static class UtteranceReader
{
    private const long ProgressStep = 16 << 20;

    /// <param name="files">Read in this order (see <see cref="ShardPattern"/>).</param>
    /// <param name="options">The normaliser applied to every text, the format, whether to keep eval-set digests.</param>
    /// <param name="bytesRead">Told the running total of bytes read, now and then; for progress displays.</param>
    /// <exception cref="InvalidInputException">A file cannot be read, a line is not a valid utterance, or an id repeats.</exception>
    public static UtteranceSet Read(IReadOnlyList<string> files, UtteranceReadOptions options, IProgress<long>? bytesRead = null)
    {
        var progress = new ProgressTotal(bytesRead);
        var cores = Environment.ProcessorCount;
        var pieces = FilePieces.Plan(files, cores);
        var merge = new OrderedShardMerge(files, new UtteranceSet(files, ExpectedUtterances(pieces), options.Fingerprint), pieces.Length);
        // The pieces are handed out one at a time in reading order, so the merge takes each soon after it is read and
        // the cores finish together; Parallel.For would give each core a range of its own to read from its start.
        Parallel.ForEach(
            Partitioner.Create(Enumerable.Range(0, pieces.Length), EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = cores },
            () => new UtteranceLineParser(new UtteranceBuilder(options.Normalizer, options.Fingerprint), options.Format),
            (piece, _, parser) =>
            {
                // After an error nothing more is merged: the pieces still to come are not read.
                var shard = merge.Failed ? new UtteranceShard(pieces[piece].FileIndex, false, 1) : ReadPiece(files, pieces[piece], merge.ShardFor(pieces[piece], options.Fingerprint), parser, progress);
                merge.Complete(piece, shard);
                return parser;
            },
            _ => { });

        return merge.Result();
    }

    /// <summary>The lines counted in the pieces: what the set makes room for at first (it grows past that for pieces
    /// not counted, and past the cap).</summary>
    private static int ExpectedUtterances(FilePiece[] pieces) =>
        (int)Math.Min(pieces.Sum(piece => piece.Lines < 0 ? 1024L : piece.Lines), int.MaxValue / 64);

    /// <summary>Reads a piece of a file up to its end or its first bad line (see <see cref="UtteranceShard.Error"/>).</summary>
    private static UtteranceShard ReadPiece(IReadOnlyList<string> files, FilePiece piece, UtteranceShard shard, UtteranceLineParser parser, ProgressTotal progress)
    {
        var file = files[piece.FileIndex];
        try
        {
            if (UtteranceFileFormats.ReaderFor(file) is { } reader)
            {
                reader.Read(file, piece, parser.Format, parser.Builder, shard, progress.Add);
                return shard;
            }

            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var lines = new JsonLinesReader(stream, piece);
            long reported = 0;
            while (lines.TryReadLine(out var line))
            {
                if (IsBlank(line))
                {
                    continue;
                }

                parser.Parse(line, file, lines.LineNumber, shard);
                if (lines.BytesRead - reported >= ProgressStep)
                {
                    progress.Add(lines.BytesRead - reported);
                    reported = lines.BytesRead;
                }
            }

            progress.Add(lines.BytesRead - reported);
            shard.Numbered(piece.LinesBefore, lines.LineNumber - Math.Max(piece.LinesBefore, 0));
        }
        catch (InvalidInputException) when (piece.LinesBefore == FilePiece.NotCounted)
        {
            return ReadAgainNumbered(files, piece, shard, parser);
        }
        catch (InvalidInputException exception)
        {
            shard.Error = exception;
        }
        catch (IOException exception)
        {
            shard.Error = CannotRead(file, exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            shard.Error = CannotRead(file, exception);
        }

        return shard;
    }

    /// <summary>
    /// Reads again a piece whose lines were numbered from its start and that has an error: the error, and any line it
    /// names, must be those of the file. The lines before the piece are counted only now (errors are rare, and the count
    /// is a pass over the file up to the piece).
    /// </summary>
    private static UtteranceShard ReadAgainNumbered(IReadOnlyList<string> files, FilePiece piece, UtteranceShard shard, UtteranceLineParser parser)
    {
        var file = files[piece.FileIndex];
        int linesBefore;
        try
        {
            linesBefore = FilePieces.LinesBefore(file, piece.Start);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            shard.Error = CannotRead(file, exception);
            return shard;
        }

        shard.Reuse(piece.FileIndex, Math.Max(piece.Lines, 1));
        return ReadPiece(files, piece with { LinesBefore = linesBefore }, shard, parser, ProgressTotal.None);
    }

    private static InvalidInputException CannotRead(string file, Exception exception) =>
        new(file, 0, 0, $"This per-utterance file cannot be read ({exception.GetType().Name}). Check that it exists and that this user may read it.");

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sums the bytes read by every shard's thread and tells the display, one report at a time.</summary>
    private sealed class ProgressTotal
    {
        /// <summary>Reports nothing: for a piece read a second time.</summary>
        public static readonly ProgressTotal None = new(null);

        private readonly IProgress<long>? _display;
        private readonly object _gate = new();
        private long _total;

        public ProgressTotal(IProgress<long>? display)
        {
            _display = display;
        }

        public void Add(long bytes)
        {
            if (_display is null)
            {
                return;
            }

            lock (_gate)
            {
                _total += bytes;
                _display.Report(_total);
            }
        }
    }
}
