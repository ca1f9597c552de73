using System.Globalization;
using ReleaseGates.Simulation.Randomness;

namespace ReleaseGates.Simulation.Data;

/// <summary>
/// Draws the latent utterances of one evaluation set. The shape follows what ASR evaluation sets look like: lengths
/// log-normal around 11 words (3 to 40), per-utterance difficulty log-normal with a long tail plus a few percent of
/// very hard audio (noise, crosstalk), short utterances harder than long ones, tenants harder or easier than others.
/// The product's WER comes out around 9 %, tenants from about 4 % to 15 %, single utterances from 0 to 100 %.
/// </summary>
internal static class EvalSetGenerator
{
    /// <summary>The per-word error probability of a typical utterance of a typical tenant.</summary>
    private const double BaseErrorRate = 0.085;

    /// <summary>Log-scale spread of utterance difficulty: overdispersion far beyond binomial noise.</summary>
    private const double UtteranceSigma = 0.8;

    private const double HardAudioShare = 0.03;
    private const double HardAudioFactor = 4;
    private const double MaxErrorRate = 0.9;

    private static readonly (string Name, double Weight)[] Channels = { ("phone", 0.5), ("app", 0.3), ("web", 0.2) };

    public static List<LatentUtterance> Generate(EvalSetSpec spec, SimRandom random)
    {
        var utterances = new List<LatentUtterance>(spec.Utterances);
        var callNumber = 0;
        for (var tenantIndex = 0; tenantIndex < spec.Tenants.Count; tenantIndex++)
        {
            var tenant = spec.Tenants[tenantIndex];
            var remaining = tenant.Utterances;
            while (remaining > 0)
            {
                // Without calls every utterance is its own "call" of one: the same code, no shared factors.
                var call = spec.Calls;
                var size = call is null ? 1 : Math.Min(remaining, random.Between(call.MinUtterances, call.MaxUtterances));
                var callDifficulty = call is null ? 1 : random.LogNormalMeanOne(call.DifficultySigma);
                var callEffect = call is null ? 0 : Math.Clamp(call.CanaryEffectSigma * random.Normal(), -0.8, 0.8);
                var callLatency = call is null ? 1 : random.LogNormalMeanOne(0.3);
                var group = call is null ? null : "call-" + (callNumber++).ToString("00000", CultureInfo.InvariantCulture);
                var channel = spec.ChannelSlices ? PickChannel(random) : null;
                var withinSigma = call?.WithinCallSigma ?? UtteranceSigma;
                for (var i = 0; i < size; i++)
                {
                    utterances.Add(Utterance(utterances.Count, tenantIndex, tenant, random, callDifficulty, withinSigma, callEffect, callLatency, group, channel));
                }

                remaining -= size;
            }
        }

        return utterances;
    }

    private static LatentUtterance Utterance(
        int index, int tenantIndex, TenantSpec tenant, SimRandom random, double callDifficulty, double withinSigma,
        double callEffect, double callLatency, string? group, string? channel)
    {
        var (words, entities) = Reference(random);
        var hardAudio = random.Chance(HardAudioShare) ? HardAudioFactor : 1;

        // Short utterances lose proportionally more words (no context, clipped starts): 3 words ~1.6x, 20 words ~1.1x.
        var lengthFactor = 1 + (2.0 / words.Length);
        var errorRate = BaseErrorRate * tenant.Difficulty * callDifficulty * random.LogNormalMeanOne(withinSigma) * hardAudio * lengthFactor / 1.15;
        var slices = channel is null ? new[] { tenant.Slice } : new[] { tenant.Slice, "channel:" + channel };
        return new LatentUtterance
        {
            Id = "utt-" + index.ToString("000000", CultureInfo.InvariantCulture),
            ReferenceWords = words,
            ReferenceText = Transcripts.AsWritten(words, random),
            Entities = entities,
            ErrorRate = Math.Min(MaxErrorRate, errorRate),
            TenantIndex = tenantIndex,
            Slices = slices,
            Group = group,
            CallEffect = callEffect,
            FirstPartialBaseMs = 180 * tenant.LatencyFactor * callLatency * random.LogNormalMeanOne(0.25),
            FinalBaseMs = (280 + (28 * words.Length)) * tenant.LatencyFactor * callLatency * random.LogNormalMeanOne(0.2),
        };
    }

    /// <summary>Words drawn with Zipf frequencies; a third of utterances name one or two entities.</summary>
    private static (string[] Words, string[] Entities) Reference(SimRandom random)
    {
        var length = (int)Math.Clamp(Math.Round(11 * Math.Exp(0.6 * random.Normal())), 3, 40);
        var words = new List<string>(length + 4);
        var entities = new List<string>();
        var entityCount = random.Chance(0.33) ? random.Between(1, 2) : 0;
        while (words.Count < length)
        {
            words.Add(Vocabulary.Shared.Word(random));
        }

        for (var e = 0; e < entityCount; e++)
        {
            var entity = Vocabulary.Entity(random);
            var at = random.Next(words.Count + 1);
            words.InsertRange(at, entity.Split(' '));
            entities.Add(entity);
        }

        if (words.Count > 40)
        {
            words.RemoveRange(40, words.Count - 40);
        }

        // An entity cut off by the length limit is no longer in the reference: keep only those that still are.
        var text = " " + string.Join(' ', words) + " ";
        return (words.ToArray(), entities.Where(e => text.Contains(" " + e + " ", StringComparison.Ordinal)).Distinct().ToArray());
    }

    private static string PickChannel(SimRandom random)
    {
        var roll = random.NextDouble();
        foreach (var (name, weight) in Channels)
        {
            if ((roll -= weight) < 0)
            {
                return name;
            }
        }

        return Channels[^1].Name;
    }
}
