namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Cuts per-utterance files into <see cref="FilePiece"/>s so that every core has lines to read, whether a side is
/// one file of a million lines or many shards. A file is cut at line breaks near evenly spaced offsets; the lines
/// before each cut are counted first (a vectorised count of line breaks, in parallel, far quicker than parsing),
/// so that every line is numbered as if the file were read from the top. A file of another format is cut by its
/// reader (<see cref="IUtteranceFileReader.Pieces"/>).
/// </summary>
internal static class FilePieces
{
    private const long SmallestPiece = 8L << 20;
    private const long LargestPiece = 64L << 20;
    private const int BlockSize = 1 << 20;

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
        var cuts = new List<Cut>();
        var firstCut = new int[files.Count];
        for (var file = 0; file < files.Count; file++)
        {
            firstCut[file] = cuts.Count;
            var count = (int)Math.Min((sizes[file] + pieceSize - 1) / pieceSize, int.MaxValue);
            for (var k = 0; count > 1 && k < count; k++)
            {
                cuts.Add(new Cut(file, sizes[file] * k / count, sizes[file] * (k + 1) / count));
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
                pieces.AddRange(reader.Pieces(files[file], file));
            }
            else if (fileCuts == 0 || measured.Skip(firstCut[file]).Take(fileCuts).Any(measure => measure is null))
            {
                // Too small to cut (its lines are counted as it is read), or unreadable (reading it says why).
                pieces.Add(FilePiece.Whole(file));
            }
            else
            {
                pieces.AddRange(PiecesOf(file, cuts.Skip(firstCut[file]).Take(fileCuts), measured.Skip(firstCut[file]).Take(fileCuts).Select(measure => measure!.Value)));
            }
        }

        return pieces.ToArray();
    }

    private static List<FilePiece> PiecesOf(int file, IEnumerable<Cut> cuts, IEnumerable<CutMeasure> measures)
    {
        var pieces = new List<FilePiece>();
        var linesBeforeCut = 0; // line breaks before the cut's offset
        foreach (var (cut, measure) in cuts.Zip(measures, (cut, measure) => (cut, measure)))
        {
            // The line break that ends the line the cut fell into lies at or after the cut, unless the cut fell just
            // after one (then the cut is a line start, and that break was counted before it).
            pieces.Add(new FilePiece(file, measure.LineStart, long.MaxValue, linesBeforeCut + (measure.LineStart > cut.Start ? 1 : 0), -1));
            linesBeforeCut += measure.LineBreaks;
        }

        // A piece ends where the next starts and holds the lines in between; the last runs to the end of the file,
        // where one more line may lack its break.
        for (var p = 0; p < pieces.Count; p++)
        {
            var (end, linesAfter) = p + 1 < pieces.Count ? (pieces[p + 1].Start, pieces[p + 1].LinesBefore) : (long.MaxValue, linesBeforeCut + 1);
            pieces[p] = pieces[p] with { End = end, Lines = linesAfter - pieces[p].LinesBefore };
        }

        return pieces;
    }

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

    /// <summary>Where the first line at or after the cut starts, and how many line breaks lie within the cut's bytes;
    /// null when the file cannot be read.</summary>
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
        var lineBreaks = 0;
        stream.Position = cut.Start;
        for (var remaining = cut.End - cut.Start; remaining > 0;)
        {
            var read = stream.Read(block, 0, (int)Math.Min(block.Length, remaining));
            if (read == 0)
            {
                break;
            }

            lineBreaks += LineBreaks(block.AsSpan(0, read));
            remaining -= read;
        }

        return new CutMeasure(lineStart, lineBreaks);
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

    private readonly record struct Cut(int File, long Start, long End);

    private readonly record struct CutMeasure(long LineStart, int LineBreaks);
}
