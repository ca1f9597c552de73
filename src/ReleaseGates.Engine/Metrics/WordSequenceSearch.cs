using System;

namespace ReleaseGates.Engine.Metrics;

/// <summary>Whether an entity's words appear contiguously, in order, in a hypothesis.</summary>
internal static class WordSequenceSearch
{
    /// <remarks>An entity that normalises to no words at all is found (the empty sequence is in every sequence).</remarks>
    public static bool Contains(ReadOnlySpan<int> hypothesis, ReadOnlySpan<int> entity) =>
        entity.Length == 0 || hypothesis.IndexOf(entity) >= 0;
}
