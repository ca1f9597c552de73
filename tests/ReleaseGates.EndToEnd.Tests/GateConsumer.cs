namespace ReleaseGates.EndToEnd.Tests;

/// <summary>Consumer projects with a gates.json beside them: wer rolls back, correction_rate pauses.</summary>
internal static class GateConsumer
{
    public const string GatesJson = """
        {
          "release": { "candidate": "asr-v7", "rollback_flags": ["asr.v7"] },
          "baseline": "eval/baseline.json",
          "canary": "eval/canary.json",
          "budgets": {
            "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 },
            "correction_rate": { "direction": "lower_is_better", "allowed_delta": 0.01, "on_regression": "pause" }
          }
        }
        """;

    public const int WerLine = 6;
    public const int CorrectionRateLine = 7;

    public static ConsumerProject Create(PackageFeed feed, string name, decimal canaryWer, decimal canaryCorrections, string targetFrameworks = "net10.0", string extraProperties = "") =>
        ConsumerProject.Create(feed, name, targetFrameworks, extraProperties)
            .WithFile("Service.cs", "namespace Consumer { public sealed class Service { } }")
            .WithFile("gates.json", GatesJson)
            .WithFile("eval/baseline.json", """{ "wer": 0.08, "correction_rate": 0.04 }""")
            .WithCanary(canaryWer, canaryCorrections);

    public static ConsumerProject WithCanary(this ConsumerProject project, decimal wer, decimal corrections) =>
        project.WithFile("eval/canary.json", $$"""{ "wer": {{wer}}, "correction_rate": {{corrections}} }""");

    public static int Count(this string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
