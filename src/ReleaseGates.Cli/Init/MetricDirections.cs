using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Cli.Init;

/// <summary>A metric's direction and the word of its name that decided it (null: a guess, for the team to check).</summary>
internal sealed record MetricDirection(Direction Direction, string? Because)
{
    public bool Guessed => Because is null;
}

/// <summary>
/// Which way a metric should move, from its name alone (<c>release-gates init</c>; the rules are in the README):
/// <list type="number">
/// <item>The name is split into words at <c>_ - . : /</c> and spaces, lower-cased. Words that only say which statistic
/// it is (<c>p50</c>, <c>p95</c>, <c>mean</c>, <c>median</c>, <c>rate</c>, <c>ratio</c>, <c>score</c>, <c>count</c>, numbers, ...)
/// are skipped.</item>
/// <item>In <c>A_per_B</c> the words of A decide (<c>cost_per_call</c>: cost). When A has no known word and B is a time
/// unit (<c>requests_per_second</c>), it is a throughput: higher is better.</item>
/// <item>Otherwise the last word with a known direction decides: <c>first_partial_ms_timeout_rate</c> by "timeout",
/// <c>keyword_recall</c> by "recall", <c>error_detection_accuracy</c> by "accuracy".</item>
/// <item>No known word: lower is better, marked as a guess for the team to check.</item>
/// </list>
/// </summary>
internal static class MetricDirections
{
    /// <summary>Words that make a metric better when it goes down: errors, latencies, timeouts, churn, cost, ...</summary>
    public static readonly IReadOnlyCollection<string> LowerIsBetter = new HashSet<string>(StringComparer.Ordinal)
    {
        "error", "errors", "err", "wer", "cer", "ser", "mer", "wil", "der", "eer", "far", "frr",
        "latency", "latencies", "ms", "millis", "milliseconds", "sec", "secs", "second", "seconds", "duration", "time",
        "ttfb", "ttft", "delay", "lag", "jitter", "rtf", "timeout", "timeouts",
        "churn", "erasure", "flicker", "abandon", "abandons", "abandoned", "abandonment", "hangup", "hangups",
        "handoff", "handoffs", "escalation", "escalations", "fallback", "fallbacks", "retry", "retries",
        "drop", "drops", "dropped", "crash", "crashes", "failure", "failures", "fail", "fails", "failed",
        "cost", "costs", "usd", "eur", "dollars", "price", "spend", "memory", "mem", "vram", "replicas",
        "loss", "perplexity", "ppl", "hallucination", "hallucinations", "insertion", "insertions", "deletion",
        "deletions", "substitution", "substitutions", "correction", "corrections", "complaint", "complaints",
        "toxicity", "barge", "interruption", "interruptions", "miss", "misses", "missed", "false", "wrong", "incorrect",
    };

    /// <summary>Words that make a metric better when it goes up: accuracy, recall, quality scores, throughput, ...</summary>
    public static readonly IReadOnlyCollection<string> HigherIsBetter = new HashSet<string>(StringComparer.Ordinal)
    {
        "accuracy", "acc", "recall", "precision", "f1", "fscore", "correct", "correctness",
        "mos", "cmos", "smos", "utmos", "dnsmos", "pesq", "stoi", "estoi", "sdr", "sisdr", "snr",
        "bleu", "chrf", "rouge", "meteor", "comet", "bertscore", "auc", "map", "ndcg", "mrr",
        "throughput", "qps", "rps", "rtfx", "speedup", "similarity", "success", "successes", "successful",
        "completion", "completed", "resolution", "resolved", "containment", "contained", "hit", "hits", "coverage",
        "agreement", "intelligibility", "naturalness", "quality", "satisfaction", "csat", "nps", "uptime", "availability",
    };

    /// <summary>Words that name the statistic, not the quantity: skipped.</summary>
    public static readonly IReadOnlyCollection<string> StatisticWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "mean", "avg", "average", "median", "max", "min", "rate", "ratio", "share", "pct", "percent", "percentage",
        "fraction", "frac", "total", "sum", "count", "num", "score", "value", "metric", "overall", "weighted", "macro",
        "micro", "norm", "normalized", "at", "k", "of", "the",
    };

    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal) { "s", "sec", "second", "seconds", "min", "minute", "minutes", "h", "hour", "hours", "day" };

    private static readonly char[] Separators = { '_', '-', '.', ':', '/', ' ' };

    /// <summary>The direction and the word that decided it; no word when it is a guess.</summary>
    public static MetricDirection Of(string metric)
    {
        var all = Split(metric);
        var per = all.IndexOf("per");
        if (per > 0)
        {
            if (Decide(Meaningful(all.Take(per))) is { } numerator)
            {
                return numerator;
            }

            if (all.Skip(per + 1).FirstOrDefault(TimeUnits.Contains) is { } unit)
            {
                return new MetricDirection(Direction.HigherIsBetter, "per " + unit);
            }
        }

        return Decide(Meaningful(all)) ?? new MetricDirection(Direction.LowerIsBetter, null);
    }

    /// <summary>The words of the name that say what it measures, lower-cased, statistic words and numbers dropped.</summary>
    public static List<string> Words(string metric) => Meaningful(Split(metric)).ToList();

    public static List<string> Split(string metric) =>
        metric.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries).ToList();

    private static IEnumerable<string> Meaningful(IEnumerable<string> words) =>
        words.Where(word => !StatisticWords.Contains(word) && !IsPercentileOrNumber(word));

    private static MetricDirection? Decide(IEnumerable<string> words)
    {
        MetricDirection? last = null;
        foreach (var word in words)
        {
            if (LowerIsBetter.Contains(word))
            {
                last = new MetricDirection(Direction.LowerIsBetter, word);
            }
            else if (HigherIsBetter.Contains(word))
            {
                last = new MetricDirection(Direction.HigherIsBetter, word);
            }
        }

        return last;
    }

    // p50, p95, p99, p999, 10 (ndcg_at_10), 5xx-like numbers.
    private static bool IsPercentileOrNumber(string word) =>
        word.All(char.IsDigit) || (word.Length > 1 && word[0] == 'p' && word.Skip(1).All(char.IsDigit));
}
