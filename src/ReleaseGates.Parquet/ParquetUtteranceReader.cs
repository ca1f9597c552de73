using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Parquet;
using Parquet.Schema;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;
using ReleaseGates.Parquet.Chunks;

namespace ReleaseGates.Parquet;

/// <summary>
/// Reads a Parquet file of per-utterance results into the engine's <see cref="UtteranceBuilder"/>, a piece of its rows
/// at a time (<see cref="ParquetPieces"/>) and row group by row group (memory is a page, or a window of a large page, of
/// each column, whatever the file's size), making for each row the calls the JSON Lines
/// reader makes for a line with the same fields, so the metrics are the same. A null is an absent field: a row's
/// reference and hypothesis are both null (a row of measures only) or both strings ("" for no words). Errors are RG4003
/// at the file and its 1-based row, naming the row group and column; they never quote a text.
/// </summary>
internal sealed class ParquetUtteranceReader : IUtteranceFileReader
{
    public static readonly ParquetUtteranceReader Instance = new();

    internal static readonly ParquetOptions Options = new()
    {
        // Some writers (older Spark, Hive) leave strings unannotated: binary columns are read as UTF-8 text.
        TreatByteArrayAsString = true,
    };

    public IReadOnlyList<FilePiece> Pieces(string file, int fileIndex, int cores) => ParquetPieces.Of(file, fileIndex, cores);

    public void Read(string file, FilePiece piece, UtteranceFormat format, UtteranceBuilder builder, UtteranceShard shard, Action<long> bytesRead)
    {
        if (format != UtteranceFormat.Lines)
        {
            throw new InvalidInputException(file, 0, 0,
                "\"format\": \"nemo\" reads NeMo's JSON Lines manifests; a Parquet file is read by its column names (id, reference, hypothesis, ...). Name Parquet files in a source without \"format\", or write the manifest as JSON Lines.");
        }

        // Opening errors (missing file, no permission) are the engine's to report, as for any per-utterance file.
        using var reading = Pooled.BeginReading();
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.RandomAccess);
        new FileReading(file, piece, stream, builder, shard, bytesRead).RunAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>One file (or a piece of it) being read: its row groups one after the other, each decoded, then scored row by row.</summary>
    /// <remarks>Decoding the next row group on another thread while one is scored was measured and dropped: two row
    /// groups' texts alive at once doubled the peak memory, and the collector's work grew more than the overlap saved
    /// (docs/performance.md, "Parquet against JSON Lines").</remarks>
    private sealed class FileReading(string file, FilePiece piece, FileStream stream, UtteranceBuilder builder, UtteranceShard shard, Action<long> bytesRead)
    {
        private readonly CharBuffer _chars = new();
        private int _rowGroups;
        private int _rowGroup;
        private RowGroupColumns _c = null!;

        public async ValueTask RunAsync()
        {
            ParquetReader reader;
            try
            {
                reader = await ParquetReader.CreateAsync(stream, Options, leaveStreamOpen: true).ConfigureAwait(false);
            }
            catch (Exception e) when (IsLibraryError(e))
            {
                throw Unreadable(e, null, null);
            }

            await using (reader.ConfigureAwait(false))
            {
                var schema = Library(() => reader.Schema);
                var columns = UtteranceColumns.From(schema, file);

                // Measures take their place among the shard's fields in the struct's order, as a JSON line's would in its order.
                _c = new RowGroupColumns(columns, columns.MeasureColumns.Select(m => shard.Fields.FindOrAdd(m.Name)).ToArray());
                _rowGroups = reader.RowGroupCount;
                var groups = reader.Metadata!.RowGroups;
                var first = 0L;
                try
                {
                    for (_rowGroup = 0; _rowGroup < _rowGroups && first < piece.End; first += groups[_rowGroup++].NumRows)
                    {
                        var rows = groups[_rowGroup].NumRows;
                        var (from, to) = (Math.Max(piece.Start, first), Math.Min(piece.End, first + rows));
                        if (from < to)
                        {
                            var (fromRow, toRow) = (checked((int)(from - first)), checked((int)(to - first)));
                            await ReadAsync(reader, _c, _rowGroup, fromRow, toRow).ConfigureAwait(false);
                            ReadRows(first, fromRow, toRow);
                            _c.Release();

                            // A row group cut into pieces: each counts its rows' share of the group's bytes.
                            var bytes = CompressedSize(groups[_rowGroup]);
                            bytesRead((bytes * (to - first) / rows) - (bytes * (from - first) / rows));
                        }
                    }
                }
                finally
                {
                    _c.Return();
                }

                if (piece.End >= groups.Sum(group => group.NumRows))
                {
                    // The piece that reads the last rows also counts the footer and the headers, so that a file's
                    // pieces together report its size.
                    bytesRead(Math.Max(0, stream.Length - groups.Sum(CompressedSize)));
                }
            }
        }

        private static long CompressedSize(global::Parquet.Meta.RowGroup group) => group.Columns.Sum(chunk => chunk.MetaData?.TotalCompressedSize ?? 0);

        /// <summary>Decodes row group <paramref name="index"/>'s columns into <paramref name="set"/>, as far as its rows
        /// <paramref name="from"/> to <paramref name="to"/> need.</summary>
        private async Task ReadAsync(ParquetReader reader, RowGroupColumns set, int index, int from, int to)
        {
            string? column = null;
            try
            {
                var group = reader.OpenRowGroupReader(index);
                foreach (var (name, read) in set.Readers(group, stream.SafeFileHandle, from, to))
                {
                    column = name;
                    await read().ConfigureAwait(false);
                }
            }
            catch (Exception e) when (IsLibraryError(e))
            {
                throw Unreadable(e, index, column);
            }
        }

        /// <summary>Scores rows <paramref name="from"/> to <paramref name="to"/> of the row group, whose string columns
        /// decode their pages as the rows reach them.</summary>
        /// <param name="rowsBefore">The rows of the file before the row group.</param>
        private void ReadRows(long rowsBefore, int from, int to)
        {
            try
            {
                _c.Skip(from);
                for (var index = from; index < to; index++)
                {
                    ReadRow(index, checked((int)(rowsBefore + index + 1)));
                }
            }
            catch (ColumnPageException e)
            {
                throw Unreadable(e.InnerException!, _rowGroup, e.Column);
            }
        }

        /// <param name="index">The row within its row group.</param>
        /// <param name="row">The row within the file, 1-based: where errors and duplicate ids are reported.</param>
        private void ReadRow(int index, int row)
        {
            builder.Begin(shard);
            ReadId(row);
            ReadTexts(row);
            ReadList(_c.Entities, row, TextKind.Entity);
            ReadList(_c.Partials, row, TextKind.Partial);
            ReadSlices(row);
            ReadGroup(row);
            ReadLatency(_c.FirstPartialMs, NumberFields.FirstPartialMs, index, row);
            ReadLatency(_c.FinalMs, NumberFields.FinalMs, index, row);
            foreach (var (column, field) in _c.Measures)
            {
                ReadMeasure(column, field, index, row);
            }

            builder.End(row);
        }

        private void ReadId(int row)
        {
            if (!_c.Id.TryNext(out var id))
            {
                throw RowError(row, UtteranceColumns.Id, "This row has no id (null). Every row needs a unique, non-empty \"id\" string that pairs the baseline with the canary utterance.");
            }

            if (id.IsEmpty)
            {
                throw RowError(row, UtteranceColumns.Id, "The id is empty; give every utterance a unique, non-empty id.");
            }

            builder.SetId(id);
        }

        private void ReadTexts(int row)
        {
            var reference = default(ReadOnlySpan<byte>);
            var hypothesis = default(ReadOnlySpan<byte>);
            var hasReference = _c.Reference is not null && _c.Reference.TryNext(out reference);
            var hasHypothesis = _c.Hypothesis is not null && _c.Hypothesis.TryNext(out hypothesis);
            if (hasReference != hasHypothesis)
            {
                var (given, missing) = hasReference ? (UtteranceColumns.Reference, UtteranceColumns.Hypothesis) : (UtteranceColumns.Hypothesis, UtteranceColumns.Reference);
                var absent = (hasReference ? _c.Hypothesis : _c.Reference) is null ? $" (this file has no \"{missing}\" column)" : string.Empty;
                throw RowError(row, missing,
                    $"This utterance has \"{given}\" but no \"{missing}\"{absent}. Give both (\"\" for a text with no words), or neither (both null) for a row that carries only measures.");
            }

            if (hasReference)
            {
                AddText(TextKind.Reference, reference);
                AddText(TextKind.Hypothesis, hypothesis);
            }
        }

        private void ReadList(StringColumn? column, int row, TextKind kind)
        {
            if (column is null)
            {
                return;
            }

            var shape = column.NextList();
            if (kind == TextKind.Partial && shape != ListShape.Null)
            {
                builder.BeginPartials();
            }

            while (column.TryNextItem(out var item, out var isNull))
            {
                if (isNull)
                {
                    throw RowError(row, column.Name, $"An item of \"{Name(kind)}\" is null; every item must be a string.");
                }

                AddText(kind, item);
            }
        }

        private void ReadSlices(int row)
        {
            if (_c.Slices is not { } slices)
            {
                return;
            }

            slices.NextList();
            while (slices.TryNextItem(out var slice, out var isNull))
            {
                if (isNull)
                {
                    throw RowError(row, slices.Name, "An item of \"slices\" is null; every item must be a slice name string such as 'tenant:acme'.");
                }

                builder.AddSlice(slice);
            }
        }

        private void ReadGroup(int row)
        {
            if (_c.Group is null || !_c.Group.TryNext(out var group))
            {
                return;
            }

            if (group.IsEmpty)
            {
                throw RowError(row, UtteranceColumns.Group, "\"group\" is empty; it must be a non-empty string naming the call, session or speaker the row belongs to (or null).");
            }

            builder.SetGroup(group);
        }

        private void ReadLatency(NumberColumn? column, int field, int index, int row)
        {
            if (column is null)
            {
                return;
            }

            var value = column.Row(index);
            if (double.IsNaN(value))
            {
                return; // not reported
            }

            if (value < 0)
            {
                throw RowError(row, column.Name, $"\"{column.Field.Name}\" is negative; a latency is a number of milliseconds >= 0 (+inf for a timeout).");
            }

            builder.SetNumber(field, value, FieldKind.Number, row);
        }

        private void ReadMeasure(NumberColumn column, int field, int index, int row)
        {
            var value = column.Row(index);
            if (double.IsNaN(value))
            {
                return; // not reported
            }

            var problem = double.IsNegativeInfinity(value)
                ? "A measure of -inf has no meaning; +inf is a timeout, null is not reported."
                : builder.SetNumber(field, value, column.Kind, row);
            if (problem is not null)
            {
                throw RowError(row, column.Name, problem);
            }
        }

        private void AddText(TextKind kind, ReadOnlySpan<byte> utf8)
        {
            // The JSON Lines reader's path: the normaliser's fast path takes the UTF-8 as it is; a text it declines is
            // decoded and given as characters, as an escaped JSON string is. The same text gives the same words either way.
            if (!builder.TryAddText(kind, utf8))
            {
                builder.AddText(kind, _chars.Decode(utf8));
            }
        }

        private static string Name(TextKind kind) => kind == TextKind.Entity ? UtteranceColumns.Entities : UtteranceColumns.Partials;

        private InvalidInputException RowError(int row, string column, string message) =>
            new(file, row, 0, $"{message} (row {row.ToString("N0", CultureInfo.InvariantCulture)}: {Where(_rowGroup, column)})");

        private string Where(int rowGroup, string? column) =>
            $"row group {(rowGroup + 1).ToString(CultureInfo.InvariantCulture)} of {_rowGroups.ToString(CultureInfo.InvariantCulture)}"
            + (column is null ? string.Empty : $", column \"{column}\"");

        private T Library<T>(Func<T> call)
        {
            try
            {
                return call();
            }
            catch (Exception e) when (IsLibraryError(e))
            {
                throw Unreadable(e, null, null);
            }
        }

        private InvalidInputException Unreadable(Exception e, int? rowGroup, string? column)
        {
            var where = rowGroup is { } g ? Where(g, column) : "its footer";
            var detail = e.Message.Length > 160 ? string.Concat(e.Message.AsSpan(0, 160), "...") : e.Message;
            return new InvalidInputException(file, 0, 0,
                $"This file cannot be read as Parquet ({where}: {e.GetType().Name}: {detail}). Check that the job that wrote it finished (a file cut short has no footer) and that it is a Parquet file.");
        }

        private static bool IsLibraryError(Exception e) => e is not (InvalidInputException or OutOfMemoryException);
    }

    /// <summary>The buffers of a file's columns, reused from one row group to the next.</summary>
    private sealed class RowGroupColumns
    {
        public RowGroupColumns(UtteranceColumns columns, int[] measureFields)
        {
            Id = new StringColumn(columns.IdColumn, columns.IdColumn, UtteranceColumns.Id);
            Reference = Optional(columns.ReferenceColumn, UtteranceColumns.Reference);
            Hypothesis = Optional(columns.HypothesisColumn, UtteranceColumns.Hypothesis);
            Group = Optional(columns.GroupColumn, UtteranceColumns.Group);
            Slices = Optional(columns.SlicesColumn, UtteranceColumns.Slices);
            Entities = Optional(columns.EntitiesColumn, UtteranceColumns.Entities);
            Partials = Optional(columns.PartialsColumn, UtteranceColumns.Partials);
            FirstPartialMs = columns.FirstPartialMsColumn is { } first ? new NumberColumn(first, UtteranceColumns.FirstPartialMs) : null;
            FinalMs = columns.FinalMsColumn is { } final ? new NumberColumn(final, UtteranceColumns.FinalMs) : null;
            Measures = columns.MeasureColumns
                .Select((m, i) => (new NumberColumn(m.Column, $"{UtteranceColumns.Measures}.{m.Column.Name}"), measureFields[i]))
                .ToArray();
        }

        public StringColumn Id { get; }

        public StringColumn? Reference { get; }

        public StringColumn? Hypothesis { get; }

        public StringColumn? Group { get; }

        public StringColumn? Slices { get; }

        public StringColumn? Entities { get; }

        public StringColumn? Partials { get; }

        public NumberColumn? FirstPartialMs { get; }

        public NumberColumn? FinalMs { get; }

        /// <summary>Each measure's column and the shard's field it fills.</summary>
        public (NumberColumn Column, int Field)[] Measures { get; }

        /// <summary>Each column's name and how to decode it from <paramref name="group"/> (a number column only as far
        /// as rows <paramref name="from"/> to <paramref name="to"/>; a string column decodes its pages as the rows reach them).</summary>
        public IEnumerable<(string Name, Func<ValueTask> Read)> Readers(ParquetRowGroupReader group, SafeFileHandle file, int from, int to)
        {
            foreach (var column in Strings())
            {
                yield return (column.Name, () => column.ReadAsync(group, file));
            }

            foreach (var column in Numbers())
            {
                yield return (column.Name, () => column.ReadAsync(group, file, from, to));
            }
        }

        /// <summary>Passes the string columns' first <paramref name="rows"/> rows by (the number columns are read by row).</summary>
        public void Skip(int rows)
        {
            foreach (var column in Strings())
            {
                column.Skip(rows);
            }
        }

        /// <summary>Lets the row group's texts go once its rows are read.</summary>
        public void Release()
        {
            foreach (var column in Strings())
            {
                column.Release();
            }
        }

        /// <summary>Gives the columns' buffers back to the pool once the piece is read, for the next piece.</summary>
        public void Return()
        {
            foreach (var column in Strings())
            {
                column.Return();
            }

            foreach (var column in Numbers())
            {
                column.Return();
            }
        }

        private IEnumerable<StringColumn> Strings() =>
            new[] { Id, Reference, Hypothesis, Group, Slices, Entities, Partials }.OfType<StringColumn>();

        private IEnumerable<NumberColumn> Numbers() =>
            new[] { FirstPartialMs, FinalMs }.OfType<NumberColumn>().Concat(Measures.Select(m => m.Column));

        private static StringColumn? Optional((DataField Items, Field Top)? column, string name) =>
            column is { } c ? new StringColumn(c.Items, c.Top, name) : null;
    }

    /// <summary>The characters of a UTF-8 text, in a buffer reused row after row.</summary>
    private sealed class CharBuffer
    {
        private char[] _chars = new char[256];

        public ReadOnlySpan<char> Decode(ReadOnlySpan<byte> utf8)
        {
            // A UTF-8 text never has more UTF-16 characters than it has bytes.
            if (_chars.Length < utf8.Length)
            {
                _chars = new char[Math.Max(_chars.Length * 2, utf8.Length)];
            }

            return _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
        }
    }
}
