using System;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// The minimum number of word substitutions, deletions and insertions (each costing 1) that turn the
/// reference into the hypothesis: S + D + I of the minimum-edit alignment (Levenshtein over words).
/// </summary>
internal static class WordEditDistance
{
    /// <param name="reference">Reference word ids.</param>
    /// <param name="hypothesis">Hypothesis word ids.</param>
    /// <param name="scratch">Reused between calls; grown when too small.</param>
    public static int Compute(ReadOnlySpan<int> reference, ReadOnlySpan<int> hypothesis, ref int[] scratch)
    {
        // A shared prefix or suffix is always aligned as matches by some minimum alignment,
        // and most ASR hypotheses are mostly right: trimming them shrinks the table a lot.
        var prefix = 0;
        while (prefix < reference.Length && prefix < hypothesis.Length && reference[prefix] == hypothesis[prefix])
        {
            prefix++;
        }

        reference = reference.Slice(prefix);
        hypothesis = hypothesis.Slice(prefix);
        var suffix = 0;
        while (suffix < reference.Length && suffix < hypothesis.Length
               && reference[reference.Length - 1 - suffix] == hypothesis[hypothesis.Length - 1 - suffix])
        {
            suffix++;
        }

        reference = reference.Slice(0, reference.Length - suffix);
        hypothesis = hypothesis.Slice(0, hypothesis.Length - suffix);
        if (reference.Length == 0 || hypothesis.Length == 0)
        {
            return reference.Length + hypothesis.Length;
        }

        if (scratch.Length <= hypothesis.Length)
        {
            scratch = new int[Math.Max(scratch.Length * 2, hypothesis.Length + 1)];
        }

        // One row of the dynamic-programming table: row[j] = distance(reference[..i], hypothesis[..j]).
        var row = scratch.AsSpan(0, hypothesis.Length + 1);
        for (var j = 0; j < row.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 0; i < reference.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i + 1;
            var word = reference[i];
            for (var j = 1; j < row.Length; j++)
            {
                var substitution = diagonal + (word == hypothesis[j - 1] ? 0 : 1);
                diagonal = row[j];
                var deletionOrInsertion = Math.Min(diagonal, row[j - 1]) + 1;
                row[j] = Math.Min(substitution, deletionOrInsertion);
            }
        }

        return row[hypothesis.Length];
    }
}
