using ReleaseGates.Simulation.Randomness;

namespace ReleaseGates.Simulation.Data;

/// <summary>How pipelines write transcripts: words joined by spaces, some capitalised and punctuated like a sentence.</summary>
internal static class Transcripts
{
    /// <summary>
    /// A third of texts come out of a formatter ("Start metformin twice daily."): the gate's normaliser must make
    /// these equal to the plain words, so case and punctuation never count as errors.
    /// </summary>
    public static string AsWritten(IReadOnlyList<string> words, SimRandom random)
    {
        var text = string.Join(' ', words);
        if (text.Length == 0 || !random.Chance(0.33))
        {
            return text;
        }

        return char.ToUpperInvariant(text[0]) + text[1..] + (random.Chance(0.8) ? "." : "?");
    }
}
