using ReleaseGates.Simulation.Randomness;

namespace ReleaseGates.Simulation.Data;

/// <summary>
/// The words of simulated speech: a spoken-English vocabulary of a customer-support and clinical-dictation product,
/// most frequent first, drawn with Zipf frequencies (rank r with weight 1 / (r + 2.7), Mandelbrot's fit to real
/// text), so that a few function words make up much of every transcript, as in real ASR references. Entities are
/// the rare content words and phrases a product cares about (drugs, doses, names, order numbers).
/// </summary>
internal sealed class Vocabulary
{
    private static readonly string[] WordsByRank =
    (
        "the i to you and a it that of is is in we my for this on have be it's can so what with your do not at "
        + "are just but me yes no okay like was get know if please about one there would they he she will need "
        + "right here all up out call can't don't how then now go want let me us call back order help account "
        + "time two three well see yeah hi hello thank thanks number going could because think good which when "
        + "from an or as by our their them tell make sure still any more some today tomorrow morning afternoon "
        + "patient doctor pain daily twice dose tablet milligrams blood pressure history follow appointment week "
        + "refill pharmacy prescription insurance payment card credit bill charge refund delivery package address "
        + "email phone password login reset update cancel change problem issue error working service plan price "
        + "month year day last next first second minute hour information record note report test result review "
        + "chest cough fever headache allergy medication symptoms exam normal left side start stop continue "
        + "increase decrease take twenty thirty fifty hundred five four six seven eight nine ten zero point "
        + "transfer speak agent supervisor wait hold line connection internet router device app screen message "
        + "text code verify confirm name spell zip street avenue city state shipping tracking store online"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();

    private static readonly string[] EntityPhrases =
    {
        "metformin", "lisinopril", "atorvastatin", "amoxicillin", "ibuprofen", "omeprazole", "levothyroxine",
        "five hundred milligrams", "ten milligrams", "twenty milligrams", "doctor patel", "doctor nguyen",
        "doctor okafor", "order number four two seven", "order number nine one three", "premium plus",
        "family plan", "acme router", "globex card", "visa ending four four", "saint mary's hospital",
        "type two diabetes", "hypertension", "cabernet street", "maple avenue", "portland oregon",
    };

    /// <summary>Short words recognisers insert (fillers, articles): what an insertion error adds.</summary>
    private static readonly string[] Insertions = { "the", "a", "uh", "um", "and", "to", "in", "of", "it", "so" };

    private readonly double[] _cumulative;

    public Vocabulary()
    {
        _cumulative = new double[WordsByRank.Length];
        var total = 0.0;
        for (var rank = 0; rank < WordsByRank.Length; rank++)
        {
            total += 1 / (rank + 1 + 2.7);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < _cumulative.Length; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    public static Vocabulary Shared { get; } = new();

    public string Word(SimRandom random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return WordsByRank[Math.Min(index < 0 ? ~index : index, WordsByRank.Length - 1)];
    }

    /// <summary>A word the recogniser heard instead of <paramref name="original"/>: any other word, frequent ones likelier.</summary>
    public string Substitute(string original, SimRandom random)
    {
        string word;
        do
        {
            word = Word(random);
        }
        while (word == original);

        return word;
    }

    public static string Insertion(SimRandom random) => Insertions[random.Next(Insertions.Length)];

    public static string Entity(SimRandom random) => EntityPhrases[random.Next(EntityPhrases.Length)];
}
