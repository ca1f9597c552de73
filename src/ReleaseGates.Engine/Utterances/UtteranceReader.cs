using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>Reads one side's per-utterance JSON Lines files, line by line, into an <see cref="UtteranceSet"/>.</summary>
internal static class UtteranceReader
{
    /// <param name="files">Read in this order (see <see cref="ShardPattern"/>).</param>
    /// <param name="normalizer">Applied to every text before it is scored.</param>
    /// <param name="bytesRead">Told the running total of bytes read, now and then; for progress displays.</param>
    /// <exception cref="UtteranceInputException">A file cannot be read, a line is not a valid utterance, or an id repeats.</exception>
    public static UtteranceSet Read(IReadOnlyList<string> files, ITextNormalizer normalizer, IProgress<long>? bytesRead = null)
    {
        var set = new UtteranceSet(files);
        var parser = new UtteranceLineParser(normalizer);
        long previousFiles = 0;
        for (var fileIndex = 0; fileIndex < files.Count; fileIndex++)
        {
            var file = files[fileIndex];
            try
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
                var lines = new JsonLinesReader(stream);
                long reported = 0;
                while (lines.TryReadLine(out var line))
                {
                    if (IsBlank(line))
                    {
                        continue;
                    }

                    parser.Parse(line, file, lines.LineNumber, set, out var record);
                    record.FileIndex = fileIndex;
                    record.Line = lines.LineNumber;
                    if (!set.Ids.Add(parser.Id, out var existing))
                    {
                        var first = set.Records[existing];
                        throw new UtteranceInputException(file, lines.LineNumber, 0,
                            $"The id \"{set.Ids.GetString(existing)}\" is used twice (first at {files[first.FileIndex]} line {first.Line}). Ids must be unique within the baseline and within the canary.");
                    }

                    set.Add(record);
                    if (bytesRead is not null && lines.BytesRead - reported >= 16 << 20)
                    {
                        reported = lines.BytesRead;
                        bytesRead.Report(previousFiles + reported);
                    }
                }

                previousFiles += lines.BytesRead;
            }
            catch (IOException exception)
            {
                throw CannotRead(file, exception);
            }
            catch (UnauthorizedAccessException exception)
            {
                throw CannotRead(file, exception);
            }
        }

        bytesRead?.Report(previousFiles);
        return set;
    }

    private static UtteranceInputException CannotRead(string file, Exception exception) =>
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
}
