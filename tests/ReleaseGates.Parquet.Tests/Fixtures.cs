using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Parquet.Tests;

/// <summary>The files under Fixtures/ (written by DuckDB, see Fixtures/README.md), read as the engine reads them.</summary>
internal static class Fixtures
{
    static Fixtures() => ParquetUtterances.Register();

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static MetricsOutput Metrics(params string[] names) =>
        UtteranceMetrics.Compute(names.Select(PathOf).ToArray(), UtteranceReadOptions.Standard);

    public static UtteranceSet Read(params string[] names) =>
        UtteranceReader.Read(names.Select(PathOf).ToArray(), UtteranceReadOptions.Standard);

    public static GateDiagnostic ReadError(params string[] names) =>
        Assert.Single(Assert.Throws<InvalidInputException>(() => Read(names)).Errors);
}
