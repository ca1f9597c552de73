using System.Text;
using Parquet.Schema;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Parquet;

/// <summary>
/// The columns of a Parquet file that are fields of a per-utterance line (contract §6, §8, §10), checked once per file
/// from its schema: <c>id</c> is required and every field we know must have its type. Other columns are ignored,
/// as the JSON Lines reader ignores fields it does not know.
/// </summary>
internal sealed class UtteranceColumns
{
    public const string Id = "id";
    public const string Reference = "reference";
    public const string Hypothesis = "hypothesis";
    public const string Slices = "slices";
    public const string Entities = "entities";
    public const string Partials = "partials";
    public const string Group = "group";
    public const string FirstPartialMs = "first_partial_ms";
    public const string FinalMs = "final_ms";
    public const string Measures = "measures";

    private const string NumberType = "any integer, floating-point or decimal type";

    private UtteranceColumns(DataField id)
    {
        IdColumn = id;
    }

    public DataField IdColumn { get; }

    public (DataField Items, Field Top)? ReferenceColumn { get; private set; }

    public (DataField Items, Field Top)? HypothesisColumn { get; private set; }

    public (DataField Items, Field Top)? GroupColumn { get; private set; }

    /// <summary>The string items of each list column, with the list.</summary>
    public (DataField Items, Field Top)? SlicesColumn { get; private set; }

    public (DataField Items, Field Top)? EntitiesColumn { get; private set; }

    public (DataField Items, Field Top)? PartialsColumn { get; private set; }

    public DataField? FirstPartialMsColumn { get; private set; }

    public DataField? FinalMsColumn { get; private set; }

    /// <summary>The fields of the <c>measures</c> struct, each with its name as UTF-8.</summary>
    public IReadOnlyList<(DataField Column, byte[] Name)> MeasureColumns { get; private set; } = [];

    /// <summary>The string columns the file has (a list column's items).</summary>
    public IEnumerable<DataField> StringColumns() =>
        new[] { ReferenceColumn, HypothesisColumn, GroupColumn, SlicesColumn, EntitiesColumn, PartialsColumn }
            .Where(column => column is not null)
            .Select(column => column!.Value.Items)
            .Prepend(IdColumn);

    /// <exception cref="InvalidInputException">No <c>id</c> column, or a column of ours has another type.</exception>
    public static UtteranceColumns From(ParquetSchema schema, string file)
    {
        var byName = new Dictionary<string, Field>();
        foreach (var field in schema.Fields)
        {
            byName.TryAdd(field.Name, field);
        }

        if (!byName.TryGetValue(Id, out var id))
        {
            var found = string.Join(", ", schema.Fields.Take(12).Select(f => $"\"{f.Name}\"")) + (schema.Fields.Count > 12 ? ", ..." : string.Empty);
            throw Error(file, $"This Parquet file has no \"id\" column (its columns: {found}). Every row needs a unique \"id\" string that pairs the baseline with the canary utterance.");
        }

        var columns = new UtteranceColumns(String(file, id, "a string: the utterance id that pairs the baseline with the canary (in DuckDB, CAST(id AS VARCHAR))"))
        {
            ReferenceColumn = OptionalString(file, byName, Reference, "a string: the reference transcript (null when the row has no texts)"),
            HypothesisColumn = OptionalString(file, byName, Hypothesis, "a string: the model's final transcript (null when the row has no texts)"),
            GroupColumn = OptionalString(file, byName, Group, "a string naming the call, session or speaker the row belongs to (null for none)"),
            SlicesColumn = OptionalList(file, byName, Slices, "slice names such as 'tenant:acme'"),
            EntitiesColumn = OptionalList(file, byName, Entities, "reference entity strings"),
            PartialsColumn = OptionalList(file, byName, Partials, "the streaming partial transcripts in order"),
            FirstPartialMsColumn = OptionalNumber(file, byName, FirstPartialMs),
            FinalMsColumn = OptionalNumber(file, byName, FinalMs),
        };

        if (byName.TryGetValue(Measures, out var measures))
        {
            columns.MeasureColumns = MeasuresOf(file, measures);
        }

        return columns;
    }

    private static List<(DataField, byte[])> MeasuresOf(string file, Field measures)
    {
        if (measures is not StructField members)
        {
            throw Error(file, $"The column \"measures\" is {ParquetTypes.Describe(measures)}; it must be a struct of numbers and booleans, e.g. STRUCT(first_audio_byte_ms DOUBLE, barge_in BOOLEAN) in DuckDB (a field null when the row does not report it).");
        }

        var result = new List<(DataField, byte[])>();
        foreach (var member in members.Fields)
        {
            var name = Encoding.UTF8.GetBytes(member.Name);
            if (MeasureNames.Problem(name) is { } problem)
            {
                throw Error(file, problem + " (a field of the struct column \"measures\")");
            }

            if (!ParquetTypes.IsNumber(member) && !ParquetTypes.IsBoolean(member))
            {
                throw Error(file, $"The measure \"{member.Name}\" (a field of the struct column \"measures\") is {ParquetTypes.Describe(member)}; a measure is a number ({NumberType}; +inf for a timeout) or a boolean, null when the row does not report it.");
            }

            result.Add(((DataField)member, name));
        }

        return result;
    }

    private static DataField String(string file, Field field, string expected) =>
        ParquetTypes.IsString(field)
            ? (DataField)field
            : throw Error(file, $"The column \"{field.Name}\" is {ParquetTypes.Describe(field)}; it must be {expected}.");

    private static (DataField, Field)? OptionalString(string file, Dictionary<string, Field> byName, string name, string expected) =>
        byName.TryGetValue(name, out var field) ? (String(file, field, expected), field) : null;

    private static (DataField, Field)? OptionalList(string file, Dictionary<string, Field> byName, string name, string items) =>
        !byName.TryGetValue(name, out var field) ? null
        : (ParquetTypes.StringItems(field) ?? throw Error(file, $"The column \"{name}\" is {ParquetTypes.Describe(field)}; it must be a list of strings (list<string>: {items}; null or empty for none)."), field);

    private static DataField? OptionalNumber(string file, Dictionary<string, Field> byName, string name) =>
        !byName.TryGetValue(name, out var field) ? null
        : ParquetTypes.IsNumber(field) ? (DataField)field
        : throw Error(file, $"The column \"{name}\" is {ParquetTypes.Describe(field)}; it must be a number of milliseconds ({NumberType}; +inf for a timeout, null when not reported).");

    private static InvalidInputException Error(string file, string message) => new(file, 0, 0, message);
}
