namespace ReleaseGates.Tasks.Tests;

/// <summary>A temp project folder with a gates.json and evaluation outputs, and the report paths the targets use.</summary>
internal sealed class TaskWorkspace : IDisposable
{
    public TaskWorkspace()
    {
        Directory = Path.Combine(Path.GetTempPath(), "releasegates-tasks-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "eval"));
    }

    public string Directory { get; }

    public string GatesFile => Path.Combine(Directory, "gates.json");

    public string JsonReport => Path.Combine(Directory, "obj", "releasegates", "release-gates.json");

    public string MarkdownReport => Path.Combine(Directory, "obj", "releasegates", "release-gates.md");

    public TaskWorkspace Write(string relative, string content)
    {
        File.WriteAllText(Path.Combine(Directory, relative), content);
        return this;
    }

    /// <summary>A gate on wer (rollback) and correction_rate (pause), with the given canary values.</summary>
    public TaskWorkspace Scenario(decimal canaryWer, decimal canaryCorrections) =>
        Write("gates.json", """
            {
              "release": { "candidate": "asr-v7", "rollback_flags": ["asr.v7"] },
              "baseline": "eval/baseline.json",
              "canary": "eval/canary.json",
              "budgets": {
                "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 },
                "correction_rate": { "direction": "lower_is_better", "allowed_delta": 0.01, "on_regression": "pause" }
              }
            }
            """)
            .Write("eval/baseline.json", """{ "wer": 0.08, "correction_rate": 0.04 }""")
            .Write("eval/canary.json", $$"""{ "wer": {{canaryWer}}, "correction_rate": {{canaryCorrections}} }""");

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
