using ReleaseGates.Engine.Decision;

namespace ReleaseGates.Cli.Init;

/// <summary>One starting allowance: the gates.json key, its value, and why it was chosen (written as a comment).</summary>
internal sealed record Allowance(string Key, decimal Value, string Why);

/// <summary>
/// The allowance <c>release-gates init</c> starts a budget with — an explicit number for the team to adjust (rules in
/// the README):
/// <list type="bullet">
/// <item>A latency, duration, cost or size (a word such as ms, seconds, latency, duration, rtf, cost, usd, memory, tokens;
/// not a <c>_rate</c> of one, like <c>first_partial_ms_timeout_rate</c>): <c>allowed_relative_delta</c> 0.05, 5 % of
/// the baseline.</item>
/// <item>Otherwise, both values between 0 and 1 (a rate or a share: wer, recall, a timeout rate):
/// <c>allowed_delta</c> 0.005, half a percentage point.</item>
/// <item>Anything else (a MOS of 4.1, a BLEU of 35, a percentage written as 8.1): <c>allowed_relative_delta</c> 0.05.</item>
/// </list>
/// </summary>
internal static class Allowances
{
    public const decimal ShareDelta = 0.005m;
    public const decimal RelativeDelta = 0.05m;

    private static readonly HashSet<string> Magnitudes = new(StringComparer.Ordinal)
    {
        "ms", "millis", "milliseconds", "sec", "secs", "second", "seconds", "duration", "time", "latency", "latencies",
        "ttfb", "ttft", "delay", "lag", "jitter", "rtf", "rtfx", "cost", "costs", "usd", "eur", "dollars", "price", "spend",
        "memory", "mem", "vram", "bytes", "mb", "gb", "tokens", "replicas", "throughput", "qps", "rps", "speedup",
    };

    private static readonly HashSet<string> Shares = new(StringComparer.Ordinal) { "rate", "ratio", "share", "fraction", "frac", "pct", "percent", "percentage" };

    public static Allowance For(string metric, GateValue baseline, GateValue canary)
    {
        var words = MetricDirections.Split(metric);
        var isShare = words.Count > 0 && Shares.Contains(words[words.Count - 1]);
        if (!isShare && words.Any(Magnitudes.Contains))
        {
            return new Allowance("allowed_relative_delta", RelativeDelta, "a latency, duration, cost or size: 5 % of the baseline");
        }

        if (IsShare(baseline) && IsShare(canary))
        {
            return new Allowance("allowed_delta", ShareDelta, "a rate or share between 0 and 1: 0.005 (half a percentage point)");
        }

        return new Allowance("allowed_relative_delta", RelativeDelta, "5 % of the baseline");
    }

    private static bool IsShare(GateValue value) => value.IsFinite && value.Finite >= 0 && value.Finite <= 1;
}
