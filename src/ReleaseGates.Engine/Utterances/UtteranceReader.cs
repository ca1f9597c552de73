using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Reads one side's per-utterance files into an <see cref="UtteranceSet"/>. Shards are read in parallel, one per
/// core, and merged in file order, ids checked for duplicates as they are merged, so the result (and the first
/// error reported) is the same as reading them one after the other. A file of another format (Parquet) is read by
/// the reader registered for its extension (<see cref="UtteranceFileFormats"/>) into the same shard.
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
        var shards = new UtteranceShard[files.Count];
        Parallel.For(
            0,
            files.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new UtteranceLineParser(new UtteranceBuilder(options.Normalizer, options.Fingerprint), options.Format),
            (file, _, parser) =>
            {
                shards[file] = ReadFile(files, file, parser, options.Fingerprint, progress);
                return parser;
            },
            _ => { });

        return Merge(files, shards, options.Fingerprint);
    }

    /// <summary>Reads a file up to its end or its first bad line (see <see cref="UtteranceShard.Error"/>).</summary>
    private static UtteranceShard ReadFile(IReadOnlyList<string> files, int fileIndex, UtteranceLineParser parser, bool digests, ProgressTotal progress)
    {
        var shard = new UtteranceShard(fileIndex, digests);
        var file = files[fileIndex];
        try
        {
            if (UtteranceFileFormats.ReaderFor(file) is { } reader)
            {
                reader.Read(file, parser.Format, parser.Builder, shard, progress.Add);
                return shard;
            }

            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var lines = new JsonLinesReader(stream);
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

    /// <summary>The shards' records one after the other, ids checked across shards, names renumbered; a
    /// shard's error is thrown after its records, as reading the files one after the other would.</summary>
    private static UtteranceSet Merge(IReadOnlyList<string> files, UtteranceShard[] shards, bool digests)
    {
        var count = 0;
        var idBytes = 0;
        foreach (var shard in shards)
        {
            count += shard.Count;
            idBytes += shard.Ids.Bytes;
        }

        if (count == 0 && shards.All(shard => shard.Error is null))
        {
            throw NoUtterances(files);
        }

        var set = new UtteranceSet(files, count, idBytes, digests);
        for (var s = 0; s < shards.Length; s++)
        {
            set.Add(shards[s]);
            if (shards[s].Error is { } error)
            {
                throw error;
            }

            shards[s] = null!; // let the shard's copy go as soon as it is merged
        }

        return set;
    }

    /// <summary>An empty evaluation is a pipeline that failed to write one: it must not pass as metrics of nothing.</summary>
    private static InvalidInputException NoUtterances(IReadOnlyList<string> files) =>
        new(files[0], 0, 0, files.Count == 1
            ? "There are no utterances in this file. Check that the evaluation step wrote its results."
            : $"There are no utterances in this file or in the {files.Count - 1} other file{(files.Count == 2 ? string.Empty : "s")} read with it. Check that the evaluation step wrote its results.");

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
