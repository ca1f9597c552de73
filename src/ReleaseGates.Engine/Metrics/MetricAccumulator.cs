using System;
using System.Collections.Generic;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Metrics;

/// <summary>Sums one group's utterance records into its metrics: micro-averages and nearest-rank percentiles.</summary>
internal sealed class MetricAccumulator
{
    private readonly List<double> _firstPartialMs = [];
    private readonly List<double> _finalMs = [];
    private int _samples;
    private long _edits;
    private long _referenceWords;
    private long _entities;
    private long _entityMisses;
    private long _erasures;
    private long _churnWords;
    private bool _hasPartials;

    public void Add(in UtteranceRecord record)
    {
        _samples++;
        _edits += record.Edits;
        _referenceWords += record.ReferenceWords;
        _entities += record.Entities;
        _entityMisses += record.EntityMisses;
        if (record.ChurnWords >= 0)
        {
            _hasPartials = true;
            _erasures += record.Erasures;
            _churnWords += record.ChurnWords;
        }

        if (!double.IsNaN(record.FirstPartialMs))
        {
            _firstPartialMs.Add(record.FirstPartialMs);
        }

        if (!double.IsNaN(record.FinalMs))
        {
            _finalMs.Add(record.FinalMs);
        }
    }

    public MetricValues ToMetrics()
    {
        var values = new List<KeyValuePair<string, double>>(MetricNames.All.Count)
        {
            new(MetricNames.Samples, _samples),
            new(MetricNames.WordErrorRate, MicroAverage.Ratio(_edits, _referenceWords)),
            new(MetricNames.EntityErrorRate, MicroAverage.Ratio(_entityMisses, _entities)),
        };
        AddPercentiles(values, MetricNames.FirstPartialMs, _firstPartialMs);
        AddPercentiles(values, MetricNames.FinalMs, _finalMs);
        values.Add(new(MetricNames.PartialChurn, _hasPartials ? MicroAverage.Ratio(_erasures, _churnWords) : double.NaN));
        return new MetricValues(_samples, values);
    }

    private static void AddPercentiles(List<KeyValuePair<string, double>> values, string latency, List<double> samples)
    {
        var percentiles = NearestRankPercentile.Of(samples.ToArray(), MetricNames.LatencyPercentiles);
        for (var i = 0; i < percentiles.Length; i++)
        {
            values.Add(new($"{latency}_p{MetricNames.LatencyPercentiles[i]}", percentiles[i]));
        }
    }
}
