using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>gates.json <c>statistics</c>: the paired bootstrap used with per-utterance inputs on both sides.</summary>
/// <param name="Span">The <c>statistics</c> key (or gates.json's start when the defaults apply).</param>
public sealed record StatisticsConfig(decimal Confidence, int Resamples, int Seed, TextSpan Span)
{
    public const decimal DefaultConfidence = 0.95m;
    public const int DefaultResamples = 1000;
    public const int DefaultSeed = 0;
}
