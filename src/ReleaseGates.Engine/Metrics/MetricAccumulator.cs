using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Metrics;

/// <summary>Sums one group's utterances into its metrics: micro-averages, nearest-rank percentiles with timeouts
/// ranked above every reported value, timeout rates, exact means and boolean rates.</summary>
/// <remarks>The group keeps its utterances' numbers, not their values: each field's values are gathered into one
/// array, field after field, only when its percentiles are selected. Keeping every field's values at once held a
/// million-turn file's seven fields twice over (overall and in the slices), about 110 MB.</remarks>
internal sealed class MetricAccumulator
{
    private readonly NumberFields _fields;
    private int[] _members = [];
    private int _planned;
    private int _samples;
    private long _edits;
    private long _referenceWords;
    private long _entities;
    private long _entityMisses;
    private long _erasures;
    private long _churnWords;
    private bool _hasPartials;

    public MetricAccumulator(NumberFields fields)
    {
        _fields = fields;
    }

    /// <summary>Counts utterances before any is added, so that the group's utterances are kept in one array of its
    /// exact size (<see cref="Reserve"/>) instead of a list that doubles and is copied.</summary>
    public void Plan(int utterances = 1) => _planned += utterances;

    /// <summary>Makes room for the utterances counted by <see cref="Plan"/>; call once, before the first <see cref="Add"/>.</summary>
    public void Reserve() => _members = new int[_planned];

    public void Add(in UtteranceRecord record, int utterance)
    {
        _members[_samples++] = utterance;
        _edits += record.Score.Edits;
        _referenceWords += record.Score.ReferenceWords;
        _entities += record.Score.Entities;
        _entityMisses += record.Score.EntityMisses;
        if (record.Score.ChurnWords >= 0)
        {
            _hasPartials = true;
            _erasures += record.Score.Erasures;
            _churnWords += record.Score.ChurnWords;
        }
    }

    public MetricValues ToMetrics()
    {
        var values = new List<KeyValuePair<string, double>>
        {
            new(MetricNames.Samples, _samples),
            new(MetricNames.WordErrorRate, MicroAverage.Ratio(_edits, _referenceWords)),
            new(MetricNames.EntityErrorRate, MicroAverage.Ratio(_entityMisses, _entities)),
        };
        var sample = new double[_samples];
        AddField(values, NumberFields.FirstPartialMs, sample);
        AddField(values, NumberFields.FinalMs, sample);
        values.Add(new(MetricNames.PartialChurn, _hasPartials ? MicroAverage.Ratio(_erasures, _churnWords) : double.NaN));
        for (var field = NumberFields.FinalMs + 1; field < _fields.Count; field++)
        {
            AddField(values, field, sample);
        }

        return new MetricValues(_samples, values);
    }

    /// <param name="sample">Room for the group's values of one field (reused field after field).</param>
    private void AddField(List<KeyValuePair<string, double>> metrics, int field, double[] sample)
    {
        var name = _fields.Name(field);
        var column = _fields.Values(field);
        var kind = _fields.Kind(field);
        long reported = 0;
        long timeouts = 0;
        long trues = 0;
        var sum = kind == FieldKind.Number ? new ExactSum() : null;
        for (var i = 0; i < _samples; i++)
        {
            var value = column[_members[i]];
            if (double.IsNaN(value))
            {
                continue;
            }

            if (kind == FieldKind.Boolean)
            {
                trues += value > 0 ? 1 : 0;
            }
            else
            {
                timeouts += double.IsPositiveInfinity(value) ? 1 : 0;
                sample[reported] = value;
                sum?.Add(value);
            }

            reported++;
        }

        switch (kind)
        {
            case FieldKind.Boolean:
                metrics.Add(new(MetricNames.OfBooleanMeasure(name), MicroAverage.Ratio(trues, reported)));
                return;
            case FieldKind.Number:
                metrics.Add(new(name + MetricNames.MeanSuffix, reported == 0 ? double.NaN : sum!.Value / reported));
                break;
            case FieldKind.Unknown:
                return; // null on every line: nothing to say, not even whether it is a number
        }

        var percentiles = NearestRankPercentile.Of(sample, (int)reported, MetricNames.Percentiles);
        for (var i = 0; i < percentiles.Length; i++)
        {
            metrics.Add(new(MetricNames.Percentile(name, MetricNames.Percentiles[i]), percentiles[i]));
        }

        metrics.Add(new(name + MetricNames.TimeoutRateSuffix, MicroAverage.Ratio(timeouts, reported)));
    }
}
