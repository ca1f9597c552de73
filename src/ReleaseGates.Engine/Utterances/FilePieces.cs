namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Cuts per-utterance files into <see cref="FilePiece"/>s so that every core has lines to read, whether a side is
/// one file of a million lines or many shards. A file is cut at line breaks near evenly spaced offsets. The lines
/// before a cut are not counted (that was a second read of every byte before the reading began): a piece's
/// lines are numbered from its start, and the merge, which takes the pieces in order, numbers them as in the file
/// (<see cref="OrderedShardMerge"/>). A file of another format is cut by its reader (<see cref="IUtteranceFileReader.Pieces"/>).
/// </summary>
internal static class FilePieces
{
    private const long SmallestPiece = 8L << 20;
    private const long LargestPiece = 64L << 20;
    private const int BlockSize = 1 << 20;
    private const int TailCuts = 4;

    /// <summary>The pieces of <paramref name="files"/>, in reading order.</summary>
    /// <param name="files">The files.</param>
    /// <param name="cores">How many threads will read them.</param>
    /// <param name="smallestPiece">Bytes below which a file is not cut (smaller in tests, to cut small files).</param>
    public static FilePiece[] Plan(IReadOnlyList<string> files, int cores, long smallestPiece = SmallestPiece)
    {
        var sizes = files.Select(SplittableSize).ToArray();

        // Several pieces a core, so that one slow piece does not leave a core idle at the end; not so small that the
        // pieces' own tables and the merge cost more than the balance gains.
        var pieceSize = Math.Min(Math.Max(sizes.Sum() / (4L * cores), smallestPiece), LargestPiece);
        var counts = sizes.Select(size => (int)Math.Min((size + pieceSize - 1) / pieceSize, int.MaxValue)).ToArray();
        var fine = FinePieces(counts, cores);
        var cuts = new List<Cut>();
        var firstCut = new int[files.Count];
        for (var file = 0; file < files.Count; file++)
        {
            firstCut[file] = cuts.Count;
            var count = counts[file];
            for (var k = 0; count > 1 && k < count; k++)
            {
                for (var quarter = 0; quarter < (k < count - fine[file] ? 1 : TailCuts); quarter++)
                {
                    cuts.Add(new Cut(file, sizes[file] * ((TailCuts * k) + quarter) / (TailCuts * (long)count)));
                }
            }
        }

        var measured = new CutMeasure?[cuts.Count];
        Parallel.For(0, cuts.Count, new ParallelOptions { MaxDegreeOfParallelism = cores }, i => measured[i] = Measure(files[cuts[i].File], cuts[i]));

        var pieces = new List<FilePiece>(files.Count + cuts.Count);
        for (var file = 0; file < files.Count; file++)
        {
            var fileCuts = (file + 1 < files.Count ? firstCut[file + 1] : cuts.Count) - firstCut[file];
            if (UtteranceFileFormats.ReaderFor(files[file]) is { } reader)
            {
                pieces.AddRange(reader.Pieces(files[file], file, cores));
            }
            else if (fileCuts == 0 || measured.Skip(firstCut[file]).Take(fileCuts).Any(measure => measure is null))
            {
                // Too small to cut (its lines are counted as it is read), or unreadable (reading it says why).
                pieces.Add(FilePiece.Whole(file));
            }
            else
            {
                pieces.AddRange(PiecesOf(file, sizes[file], measured.Skip(firstCut[file]).Take(fileCuts).Select(measure => measure!.Value)));
            }
        }

        return pieces.ToArray();
    }

    /// <summary>
    /// How many of each file's last pieces are cut in quarters: the side's last pieces, one a core, which are handed out
    /// last, so that the cores finish together instead of one reading the last whole piece alone while the others wait.
    /// A file too small to cut counts as one of them as it is.
    /// </summary>
    private static int[] FinePieces(int[] counts, int cores)
    {
        var fine = new int[counts.Length];
        var left = cores;
        for (var file = counts.Length - 1; file >= 0 && left > 0; file--)
        {
            fine[file] = counts[file] > 1 ? Math.Min(left, counts[file]) : 0;
            left -= Math.Max(fine[file], 1);
        }

        return fine;
    }

    private static List<FilePiece> PiecesOf(int file, long size, IEnumerable<CutMeasure> measures)
    {
        // A piece runs from its line start to the next piece's; the first from the file's start, where its lines are
        // numbered from 1 (the others' lines from their own start, until the merge numbers them).
        var starts = measures.ToList();
        var pieces = new List<FilePiece>(starts.Count);
        for (var p = 0; p < starts.Count; p++)
        {
            var end = p + 1 < starts.Count ? starts[p + 1].LineStart : long.MaxValue;
            var bytes = (p + 1 < starts.Count ? end : size) - starts[p].LineStart;
            pieces.Add(new FilePiece(file, starts[p].LineStart, end, p == 0 ? 0 : FilePiece.NotCounted, EstimatedLines(bytes, starts[p].BytesPerLine)));
        }

        return pieces;
    }

    /// <summary>
    /// Room for a few more lines than the sample (a megabyte at the cut, a couple of thousand lines) says: a shard and a
    /// side sized right are not grown as they are read, and too much room is memory held for nothing.
    /// </summary>
    private static int EstimatedLines(long bytes, double bytesPerLine) =>
        (int)Math.Min((bytes / Math.Max(bytesPerLine, 1) * 1.05) + 64, int.MaxValue / 64);

    /// <summary>The size of a JSON Lines file that can be read; 0 (one piece, whose reading reports why) otherwise.</summary>
    private static long SplittableSize(string file)
    {
        if (UtteranceFileFormats.ReaderFor(file) is not null)
        {
            return 0;
        }

        try
        {
            var info = new FileInfo(file);
            return info.Exists ? info.Length : 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    /// <summary>Where the first line at or after the cut starts, and the length of the lines there; null when the file
    /// cannot be read.</summary>
    private static CutMeasure? Measure(string file, Cut cut)
    {
        try
        {
            return MeasureReadable(file, cut);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static CutMeasure MeasureReadable(string file, Cut cut)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var block = new byte[BlockSize];
        var lineStart = cut.Start == 0 ? 0 : LineStartFrom(stream, cut.Start - 1, block);

        // The lines' length in a sample at the cut: what the piece's shard, and the side, make room for.
        stream.Position = cut.Start;
        var sampled = 0;
        for (int read; sampled < block.Length && (read = stream.Read(block, sampled, block.Length - sampled)) > 0;)
        {
            sampled += read;
        }

        return new CutMeasure(lineStart, (double)sampled / Math.Max(LineBreaks(block.AsSpan(0, sampled)), 1));
    }

    private static int LineBreaks(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        for (var at = bytes.IndexOf((byte)'\n'); at >= 0; at = bytes.IndexOf((byte)'\n'))
        {
            count++;
            bytes = bytes.Slice(at + 1);
        }

        return count;
    }

    /// <summary>How many lines of <paramref name="file"/> come before <paramref name="offset"/> (a line start): counted
    /// only when a piece read without it has an error to report, so that the error names the line of the file.</summary>
    public static int LinesBefore(string file, long offset)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var block = new byte[BlockSize];
        var lines = 0;
        for (var remaining = offset; remaining > 0;)
        {
            var read = stream.Read(block, 0, (int)Math.Min(block.Length, remaining));
            if (read == 0)
            {
                break;
            }

            lines += LineBreaks(block.AsSpan(0, read));
            remaining -= read;
        }

        return lines;
    }

    /// <summary>The offset just past the first line break at or after <paramref name="offset"/> (the file's end if none).</summary>
    private static long LineStartFrom(FileStream stream, long offset, byte[] block)
    {
        stream.Position = offset;
        int read;
        while ((read = stream.Read(block, 0, block.Length)) > 0)
        {
            var newline = block.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return offset + newline + 1;
            }

            offset += read;
        }

        return offset;
    }

    private readonly record struct Cut(int File, long Start);

    private readonly record struct CutMeasure(long LineStart, double BytesPerLine);
}
