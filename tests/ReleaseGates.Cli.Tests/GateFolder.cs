namespace ReleaseGates.Cli.Tests;

/// <summary>A temp folder with gates.json (wer rollback budget, correction_rate pause budget) and both evaluations.</summary>
internal sealed class GateFolder : IDisposable
{
    public GateFolder(decimal canaryWer = 0.08m, decimal canaryCorrections = 0.04m, string? gatesJson = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "releasegates-cli-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "eval"));
        File.WriteAllText(GatesFile, gatesJson ?? """
            {
              "release": { "candidate": "asr-v7" },
              "baseline": "eval/baseline.json",
              "canary": "eval/canary.json",
              "budgets": {
                "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 },
                "correction_rate": { "direction": "lower_is_better", "allowed_delta": 0.01, "on_regression": "pause" }
              }
            }
            """);
        File.WriteAllText(Path.Combine(Directory, "eval", "baseline.json"), """{ "wer": 0.08, "correction_rate": 0.04 }""");
        File.WriteAllText(Path.Combine(Directory, "eval", "canary.json"), $$"""{ "wer": {{canaryWer}}, "correction_rate": {{canaryCorrections}} }""");
    }

    public string Directory { get; }

    public string GatesFile => Path.Combine(Directory, "gates.json");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
