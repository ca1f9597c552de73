using System.Text;
using ReleaseGates.Engine.Decision;

namespace ReleaseGates.Engine.Tests;

/// <summary>A temp folder holding a gates.json and its evaluation outputs, the way a model-release repo does.</summary>
internal sealed class Workspace : IDisposable
{
    public static readonly DateTime Today = new(2026, 11, 25);

    public Workspace()
    {
        Directory = Path.Combine(Path.GetTempPath(), "releasegates-engine-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string GatesFile => PathOf("gates.json");

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public Workspace Write(string relative, string content)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return this;
    }

    /// <summary>gates.json naming eval/baseline.json and eval/canary.json, with these budgets (a JSON object body).</summary>
    public Workspace Gates(string budgets, string extra = "") =>
        Write("gates.json", $$"""
            {
              "baseline": "eval/baseline.json",
              "canary": "eval/canary.json",
              "budgets": {{budgets}}{{(extra.Length > 0 ? "," + extra : string.Empty)}}
            }
            """);

    public Workspace Baseline(string json) => Write("eval/baseline.json", json);

    public Workspace Canary(string json) => Write("eval/canary.json", json);

    public GateReport Run(DateTime? today = null) => ReleaseGate.Run(GatesFile, today ?? Today);

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
