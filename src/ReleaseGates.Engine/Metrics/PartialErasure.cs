using System;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// The erasure between two successive outputs of a streaming recognizer: how many words of the earlier
/// one are taken back, that is its length minus the longest common prefix of both
/// (Arivazhagan et al., "Re-translation versus Streaming for Simultaneous Translation", IWSLT 2020, §3.2).
/// <c>partial_churn</c> sums it over each utterance's partials and final hypothesis and divides by the
/// final hypotheses' words: the "normalized erasure" of that paper.
/// </summary>
internal static class PartialErasure
{
    public static int Between(ReadOnlySpan<int> earlier, ReadOnlySpan<int> later)
    {
        var common = 0;
        while (common < earlier.Length && common < later.Length && earlier[common] == later[common])
        {
            common++;
        }

        return earlier.Length - common;
    }
}
