using System;
using System.Runtime.InteropServices;

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

        if (reference.Length > hypothesis.Length)
        {
            // The distance is symmetric: let the shorter sequence be the pattern, so more fit one machine word.
            var longer = reference;
            reference = hypothesis;
            hypothesis = longer;
        }

        return reference.Length <= 64
            ? BitParallel(reference, hypothesis, ref scratch)
            : Table(reference, hypothesis, ref scratch);
    }

    /// <summary>
    /// Myers' bit-vector algorithm in Hyyrö's form for the global distance ("A bit-vector algorithm for computing
    /// Levenshtein and Damerau edit distances", Nordic Journal of Computing 10, 2003): one column of the table
    /// per step, all of it in one 64-bit word, for a pattern of at most 64 words.
    /// </summary>
    private static int BitParallel(ReadOnlySpan<int> pattern, ReadOnlySpan<int> text, ref int[] scratch)
    {
        // Positions of each word id in the pattern; ids are small (interned per utterance).
        var largestId = 0;
        foreach (var id in pattern)
        {
            largestId = Math.Max(largestId, id);
        }

        foreach (var id in text)
        {
            largestId = Math.Max(largestId, id);
        }

        if (scratch.Length < (largestId + 1) * 2)
        {
            scratch = new int[Math.Max(scratch.Length * 2, (largestId + 1) * 2)];
        }

        var positions = MemoryMarshal.Cast<int, ulong>(scratch.AsSpan(0, (largestId + 1) * 2));
        positions.Clear();
        for (var i = 0; i < pattern.Length; i++)
        {
            positions[pattern[i]] |= 1UL << i;
        }

        var last = 1UL << (pattern.Length - 1);
        var plusVertical = pattern.Length == 64 ? ulong.MaxValue : (1UL << pattern.Length) - 1;
        var minusVertical = 0UL;
        var distance = pattern.Length;
        foreach (var word in text)
        {
            var equal = positions[word];
            var xv = equal | minusVertical;
            var xh = (((equal & plusVertical) + plusVertical) ^ plusVertical) | equal;
            var plusHorizontal = minusVertical | ~(xh | plusVertical);
            var minusHorizontal = plusVertical & xh;
            if ((plusHorizontal & last) != 0)
            {
                distance++;
            }
            else if ((minusHorizontal & last) != 0)
            {
                distance--;
            }

            // Row 0 of the table is 0, 1, 2...: its horizontal difference is always +1.
            plusHorizontal = (plusHorizontal << 1) | 1;
            minusHorizontal <<= 1;
            plusVertical = minusHorizontal | ~(xv | plusHorizontal);
            minusVertical = plusHorizontal & xv;
        }

        return distance;
    }

    /// <summary>The textbook dynamic programme, one row at a time: for patterns longer than 64 words.</summary>
    private static int Table(ReadOnlySpan<int> reference, ReadOnlySpan<int> hypothesis, ref int[] scratch)
    {
        if (scratch.Length <= hypothesis.Length)
        {
            scratch = new int[Math.Max(scratch.Length * 2, hypothesis.Length + 1)];
        }

        // row[j] = distance(reference[..i], hypothesis[..j]).
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
