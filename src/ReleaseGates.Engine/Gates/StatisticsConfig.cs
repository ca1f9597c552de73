using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>gates.json <c>statistics</c>: the paired bootstrap used with per-utterance inputs on both sides.</summary>
public sealed class StatisticsConfig
{
    public const decimal DefaultConfidence = 0.95m;
    public const int DefaultResamples = 1000;
    public const int DefaultSeed = 0;

    public StatisticsConfig(decimal confidence, int resamples, int seed, TextPosition position)
    {
        Confidence = confidence;
        Resamples = resamples;
        Seed = seed;
        Position = position;
    }

    public decimal Confidence { get; }

    public int Resamples { get; }

    public int Seed { get; }

    public TextPosition Position { get; }
}
