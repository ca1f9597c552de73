using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Parquet;

/// <summary>
/// Reads a Parquet file of per-utterance results into the engine's <see cref="UtteranceBuilder"/>, row group by row
/// group (memory is one row group's columns, whatever the file's size), making for each row the calls the JSON Lines
/// reader makes for a line with the same fields, so the metrics are the same. A null is an absent field: a row's
/// reference and hypothesis are both null (a row of measures only) or both strings ("" for no words). Errors are RG4003
/// at the file and its 1-based row, naming the row group and column; they never quote a text.
/// </summary>
internal sealed class ParquetUtteranceReader : IUtteranceFileReader
{
    public static readonly ParquetUtteranceReader Instance = new();

    private static readonly ParquetOptions Options = new()
    {
        // Some writers (older Spark, Hive) leave strings unannotated: binary columns are read as UTF-8 text.
        TreatByteArrayAsString = true,
    };

    public void Read(string file, UtteranceFormat format, UtteranceBuilder builder, UtteranceShard shard, Action<long> bytesRead)
    {
        if (format != UtteranceFormat.Lines)
        {
            throw new InvalidInputException(file, 0, 0,
                "\"format\": \"nemo\" reads NeMo's JSON Lines manifests; a Parquet file is read by its column names (id, reference, hypothesis, ...). Name Parquet files in a source without \"format\", or write the manifest as JSON Lines.");
        }

        // Opening errors (missing file, no permission) are the engine's to report, as for any per-utterance file.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.RandomAccess);
        new FileReading(file, stream, builder, shard, bytesRead).RunAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>One file being read: its columns, the row group and column being read (to place errors), the rows.</summary>
    private sealed class FileReading(string file, FileStream stream, UtteranceBuilder builder, UtteranceShard shard, Action<long> bytesRead)
    {
        private readonly CharBuffer _chars = new();
        private int _rowGroups;
        private int _rowGroup;
        private string? _column;
        private StringColumn _id = null!;
        private StringColumn? _reference;
        private StringColumn? _hypothesis;
        private StringColumn? _group;
        private StringColumn? _slices;
        private StringColumn? _entities;
        private StringColumn? _partials;
        private NumberColumn? _firstPartialMs;
        private NumberColumn? _finalMs;
        private (NumberColumn Column, int Field)[] _measures = [];

        public async ValueTask RunAsync()
        {
            ParquetReader reader;
            try
            {
                reader = await ParquetReader.CreateAsync(stream, Options, leaveStreamOpen: true).ConfigureAwait(false);
            }
            catch (Exception e) when (IsLibraryError(e))
            {
                throw Unreadable(e);
            }

            await using (reader.ConfigureAwait(false))
            {
                var schema = Library(() => reader.Schema);
                var columns = UtteranceColumns.From(schema, file);
                Prepare(columns);
                _rowGroups = reader.RowGroupCount;
                long reported = 0;
                var rowsBefore = 0;
                for (_rowGroup = 0; _rowGroup < _rowGroups; _rowGroup++)
                {
                    var group = Library(() => reader.OpenRowGroupReader(_rowGroup));
                    await ReadColumnsAsync(group).ConfigureAwait(false);
                    _column = null;
                    var rows = checked((int)group.RowCount);
                    for (var index = 0; index < rows; index++)
                    {
                        ReadRow(index, rowsBefore + index + 1);
                    }

                    rowsBefore += rows;
                    foreach (var column in StringColumns())
                    {
                        column.Release();
                    }

                    var bytes = group.RowGroup.Columns.Sum(chunk => chunk.MetaData?.TotalCompressedSize ?? 0);
                    bytesRead(bytes);
                    reported += bytes;
                }

                bytesRead(Math.Max(0, stream.Length - reported));
            }
        }

        private void Prepare(UtteranceColumns columns)
        {
            _id = new StringColumn(columns.IdColumn, columns.IdColumn, UtteranceColumns.Id);
            _reference = Optional(columns.ReferenceColumn, UtteranceColumns.Reference);
            _hypothesis = Optional(columns.HypothesisColumn, UtteranceColumns.Hypothesis);
            _group = Optional(columns.GroupColumn, UtteranceColumns.Group);
            _slices = Optional(columns.SlicesColumn, UtteranceColumns.Slices);
            _entities = Optional(columns.EntitiesColumn, UtteranceColumns.Entities);
            _partials = Optional(columns.PartialsColumn, UtteranceColumns.Partials);
            _firstPartialMs = columns.FirstPartialMsColumn is { } first ? new NumberColumn(first, UtteranceColumns.FirstPartialMs) : null;
            _finalMs = columns.FinalMsColumn is { } final ? new NumberColumn(final, UtteranceColumns.FinalMs) : null;

            // Measures take their place among the shard's fields in the struct's order, as a JSON line's would in its order.
            _measures = columns.MeasureColumns.Select(m => (new NumberColumn(m.Column, $"{UtteranceColumns.Measures}.{m.Column.Name}"), shard.Fields.FindOrAdd(m.Name))).ToArray();
        }

        private static StringColumn? Optional((DataField Items, Field Top)? column, string name) =>
            column is { } c ? new StringColumn(c.Items, c.Top, name) : null;

        private async ValueTask ReadColumnsAsync(ParquetRowGroupReader group)
        {
            foreach (var column in StringColumns())
            {
                _column = column.Name;
                await ReadColumnAsync(column.ReadAsync(group)).ConfigureAwait(false);
            }

            foreach (var column in new[] { _firstPartialMs, _finalMs }.Concat(_measures.Select(m => m.Column)))
            {
                if (column is not null)
                {
                    _column = column.Name;
                    await ReadColumnAsync(column.ReadAsync(group)).ConfigureAwait(false);
                }
            }
        }

        private IEnumerable<StringColumn> StringColumns() =>
            new[] { _id, _reference, _hypothesis, _group, _slices, _entities, _partials }.OfType<StringColumn>();

        private async ValueTask ReadColumnAsync(ValueTask reading)
        {
            try
            {
                await reading.ConfigureAwait(false);
            }
            catch (Exception e) when (IsLibraryError(e))
            {
                throw Unreadable(e);
            }
        }

        /// <param name="index">The row within its row group.</param>
        /// <param name="row">The row within the file, 1-based: where errors and duplicate ids are reported.</param>
        private void ReadRow(int index, int row)
        {
            builder.Begin(shard);
            ReadId(row);
            ReadTexts(row);
            ReadList(_entities, row, TextKind.Entity);
            ReadList(_partials, row, TextKind.Partial);
            ReadSlices(row);
            ReadGroup(row);
            ReadLatency(_firstPartialMs, NumberFields.FirstPartialMs, index, row);
            ReadLatency(_finalMs, NumberFields.FinalMs, index, row);
            foreach (var (column, field) in _measures)
            {
                ReadMeasure(column, field, index, row);
            }

            builder.End(row);
        }

        private void ReadId(int row)
        {
            if (!_id.TryNext(out var id))
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
            var hasReference = _reference is not null && _reference.TryNext(out reference);
            var hasHypothesis = _hypothesis is not null && _hypothesis.TryNext(out hypothesis);
            if (hasReference != hasHypothesis)
            {
                var (given, missing) = hasReference ? (UtteranceColumns.Reference, UtteranceColumns.Hypothesis) : (UtteranceColumns.Hypothesis, UtteranceColumns.Reference);
                var absent = (hasReference ? _hypothesis : _reference) is null ? $" (this file has no \"{missing}\" column)" : string.Empty;
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
            if (_slices is null)
            {
                return;
            }

            _slices.NextList();
            while (_slices.TryNextItem(out var slice, out var isNull))
            {
                if (isNull)
                {
                    throw RowError(row, _slices.Name, "An item of \"slices\" is null; every item must be a slice name string such as 'tenant:acme'.");
                }

                builder.AddSlice(slice);
            }
        }

        private void ReadGroup(int row)
        {
            if (_group is null || !_group.TryNext(out var group))
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

            var value = column.Rows[index];
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
            var value = column.Rows[index];
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
            new(file, row, 0, $"{message} (row {row.ToString("N0", CultureInfo.InvariantCulture)}: {Where(column)})");

        private string Where(string? column) =>
            $"row group {(_rowGroup + 1).ToString(CultureInfo.InvariantCulture)} of {_rowGroups.ToString(CultureInfo.InvariantCulture)}"
            + (column is null ? string.Empty : $", column \"{column}\"");

        private T Library<T>(Func<T> call)
        {
            try
            {
                return call();
            }
            catch (Exception e) when (IsLibraryError(e))
            {
                throw Unreadable(e);
            }
        }

        private InvalidInputException Unreadable(Exception e)
        {
            var where = _rowGroups == 0 ? "its footer" : Where(_column);
            var detail = e.Message.Length > 160 ? string.Concat(e.Message.AsSpan(0, 160), "...") : e.Message;
            return new InvalidInputException(file, 0, 0,
                $"This file cannot be read as Parquet ({where}: {e.GetType().Name}: {detail}). Check that the job that wrote it finished (a file cut short has no footer) and that it is a Parquet file.");
        }

        private static bool IsLibraryError(Exception e) => e is not (InvalidInputException or OutOfMemoryException);
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
