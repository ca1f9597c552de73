using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Metrics;

/// <summary>Sums one group's utterances into its metrics: micro-averages, nearest-rank percentiles with timeouts
/// ranked above every reported value, timeout rates, exact means and boolean rates.</summary>
internal sealed class MetricAccumulator
{
    private readonly NumberFields _fields;
    private readonly FieldValues[] _values;
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
        _values = new FieldValues[fields.Count];
        for (var field = 0; field < _values.Length; field++)
        {
            _values[field] = new FieldValues(fields.Kind(field));
        }
    }

    /// <summary>Counts an utterance's reported latencies and numbers before any is added, so that each field's values
    /// are kept in one array of their exact size (<see cref="Reserve"/>) instead of a list that doubles and is copied.</summary>
    public void Plan(int utterance)
    {
        for (var field = 0; field < _values.Length; field++)
        {
            if (!double.IsNaN(_fields.Values(field)[utterance]))
            {
                _values[field].Planned++;
            }
        }
    }

    /// <summary>Makes room for the values counted by <see cref="Plan"/>; call once, before the first <see cref="Add"/>.</summary>
    public void Reserve()
    {
        foreach (var values in _values)
        {
            values.Reserve();
        }
    }

    public void Add(in UtteranceRecord record, int utterance)
    {
        _samples++;
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

        for (var field = 0; field < _values.Length; field++)
        {
            var value = _fields.Values(field)[utterance];
            if (!double.IsNaN(value))
            {
                _values[field].Add(value);
            }
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
        AddField(values, NumberFields.FirstPartialMs);
        AddField(values, NumberFields.FinalMs);
        values.Add(new(MetricNames.PartialChurn, _hasPartials ? MicroAverage.Ratio(_erasures, _churnWords) : double.NaN));
        for (var field = NumberFields.FinalMs + 1; field < _values.Length; field++)
        {
            AddField(values, field);
        }

        return new MetricValues(_samples, values);
    }

    private void AddField(List<KeyValuePair<string, double>> metrics, int field)
    {
        var name = _fields.Name(field);
        var values = _values[field];
        switch (_fields.Kind(field))
        {
            case FieldKind.Boolean:
                metrics.Add(new(MetricNames.OfBooleanMeasure(name), MicroAverage.Ratio(values.Trues, values.Reported)));
                return;
            case FieldKind.Number:
                metrics.Add(new(name + MetricNames.MeanSuffix, values.Reported == 0 ? double.NaN : values.Sum!.Value / values.Reported));
                break;
            case FieldKind.Unknown:
                return; // null on every line: nothing to say, not even whether it is a number
        }

        var percentiles = NearestRankPercentile.Of(values.Sample, values.SampleCount, MetricNames.Percentiles);
        for (var i = 0; i < percentiles.Length; i++)
        {
            metrics.Add(new(MetricNames.Percentile(name, MetricNames.Percentiles[i]), percentiles[i]));
        }

        metrics.Add(new(name + MetricNames.TimeoutRateSuffix, MicroAverage.Ratio(values.Timeouts, values.Reported)));
    }

    /// <summary>What one group's lines reported for one field.</summary>
    private sealed class FieldValues(FieldKind kind)
    {
        /// <summary>The values reported, in the order added; the first <see cref="SampleCount"/> are set.</summary>
        public double[] Sample { get; private set; } = [];

        public int SampleCount { get; private set; }

        /// <summary>How many values <see cref="Add"/> will be given (see <see cref="Plan"/>).</summary>
        public int Planned { get; set; }

        public ExactSum? Sum { get; } = kind == FieldKind.Number ? new ExactSum() : null;

        public long Reported { get; private set; }

        public long Timeouts { get; private set; }

        public long Trues { get; private set; }

        public void Add(double value)
        {
            Reported++;
            if (kind == FieldKind.Boolean)
            {
                Trues += value > 0 ? 1 : 0;
                return;
            }

            Timeouts += double.IsPositiveInfinity(value) ? 1 : 0;
            Sample[SampleCount++] = value;
            Sum?.Add(value);
        }

        public void Reserve() => Sample = kind == FieldKind.Boolean || Planned == 0 ? [] : new double[Planned];
    }
}
