using System.Text;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>
/// Reads and validates gates.json (contract §1). Used by the MSBuild task, the CLI and the analyzers alike, so a
/// mistake reads the same wherever it is reported.
/// </summary>
public static class GatesConfigReader
{
    internal static readonly string[] TopLevelKeys =
        { "$schema", "version", "release", "baseline", "canary", "budgets", "slices", "waivers", "capacity", "statistics" };

    internal static readonly string[] SliceKeys = { "min_samples" };

    /// <summary>Reads the file; a file that does not exist or cannot be read is an error, not an exception.</summary>
    public static GatesConfigParseResult Read(string filePath)
    {
        var fullPath = Path.GetFullPath(filePath);
        var name = Path.GetFileName(fullPath);
        if (Directory.Exists(fullPath))
        {
            return Unreadable(fullPath, $"{name} is a folder, not a gates file; point ReleaseGatesFile / the CLI argument at the gates.json inside it");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Unreadable(fullPath, $"{name} does not exist; create it, or point ReleaseGatesFile / the CLI argument at your gates file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Unreadable(fullPath, $"{name} cannot be read ({e.Message}); check that this user may read it");
        }

        return Parse(bytes, fullPath);
    }

    private static GatesConfigParseResult Unreadable(string path, string message) =>
        GatesConfigParseResult.Invalid(new[] { GateDiagnostic.InvalidInput(path, TextSpan.None, message) });

    /// <summary>Parses gates.json text (e.g. from an editor buffer). Never throws.</summary>
    public static GatesConfigParseResult Parse(string text, string filePath) => Parse(Encoding.UTF8.GetBytes(text), filePath);

    public static GatesConfigParseResult Parse(byte[] bytes, string filePath)
    {
        var errors = new ErrorSink(filePath);
        JsonNode root;
        try
        {
            root = PositionedJsonParser.Parse(bytes, allowNonFiniteNumbers: false);
        }
        catch (JsonSyntaxException e)
        {
            errors.Add(e.Span, $"{Path.GetFileName(filePath)} is not valid JSON: {e.Message}; fix the syntax here (comments and trailing commas are allowed)");
            return GatesConfigParseResult.Invalid(errors.Errors);
        }

        var config = ReadRoot(root, filePath, errors);
        return config is not null && !errors.HasErrors ? GatesConfigParseResult.Valid(config) : GatesConfigParseResult.Invalid(errors.Errors);
    }

    private static GatesConfig? ReadRoot(JsonNode root, string filePath, ErrorSink errors)
    {
        var gates = ObjectReader.Open(root, "gates.json", TopLevelKeys, errors, "{ \"baseline\": ..., \"canary\": ..., \"budgets\": { ... } }");
        if (gates is null)
        {
            return null;
        }

        gates.Number("version", required: false, "the only version is 1", v => v == 1 ? null : "the only supported version is 1; remove 'version' or set it to 1");
        var directory = Path.GetDirectoryName(Path.GetFullPath(filePath)) ?? ".";
        var release = ReleaseReader.Read(gates);
        var baseline = EvaluationSourceReader.Read(gates, "baseline", directory);
        var canary = EvaluationSourceReader.Read(gates, "canary", directory);
        var capacity = CapacityReader.Read(gates);
        var budgets = BudgetReader.ReadAll(gates, capacity);
        var minSamples = ReadMinSamples(gates);
        var waivers = WaiverReader.ReadAll(gates, budgets, capacity);
        var statistics = StatisticsReader.Read(gates);

        return baseline is null || canary is null || budgets is null
            ? null
            : new GatesConfig(filePath, release, baseline, canary, budgets, minSamples, waivers, capacity, statistics);
    }

    private static decimal? ReadMinSamples(ObjectReader gates)
    {
        if (gates.Member("slices") is not { } member)
        {
            return null;
        }

        var slices = ObjectReader.Open(member.Value, "slices", SliceKeys, gates.Sink, "{ \"min_samples\": 200 }");
        return slices?.Number(
            "min_samples",
            required: false,
            "min_samples is a whole number >= 0, the smallest sample count a slice needs on both sides to be judged",
            v => v >= 0 && v == decimal.Truncate(v) ? null : "min_samples must be a whole number >= 0");
    }
}
