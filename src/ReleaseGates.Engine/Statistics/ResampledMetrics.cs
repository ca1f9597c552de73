using System;
using System.Collections.Generic;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// What the bootstrap found: for each budgeted metric, overall and on each baseline slice, both sides' value in every
/// resample. The decision turns them into each limit's noise (see Decision/NoiseControl).
/// </summary>
internal sealed class ResampledMetrics
{
    private readonly Dictionary<string, int> _metrics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);
    private readonly double[][] _values;
    private readonly int _groupCount;

    public ResampledMetrics(PairedSamples samples, BootstrapOptions options)
    {
        Options = options;
        _groupCount = samples.GroupCount;
        for (var metric = 0; metric < samples.Metrics.Count; metric++)
        {
            _metrics[samples.Metrics[metric].Name] = metric;
        }

        for (var slice = 0; slice < samples.SliceNames.Length; slice++)
        {
            _groups[samples.SliceNames[slice]] = slice + 1;
        }

        _values = new double[samples.Metrics.Count * _groupCount * 2][];
        for (var i = 0; i < _values.Length; i++)
        {
            _values[i] = new double[options.Resamples];
        }

        UnitCount = samples.UnitCount;
    }

    public BootstrapOptions Options { get; }

    /// <summary>How many resampling units (groups, or utterances) the pairs make.</summary>
    public int UnitCount { get; }

    public void Set(int metric, int group, int side, int resample, double value) =>
        _values[(((metric * _groupCount) + group) * 2) + side][resample] = value;

    /// <summary>Both sides' value of <paramref name="metric"/> in each resample, overall (slice null) or on a slice;
    /// false when the metric was not resampled or the slice is not one of the baseline's.</summary>
    public bool TryGet(string metric, string? slice, out double[] baseline, out double[] canary)
    {
        baseline = canary = Array.Empty<double>();
        var group = 0;
        if (!_metrics.TryGetValue(metric, out var index) || (slice is not null && !_groups.TryGetValue(slice, out group)))
        {
            return false;
        }

        var at = ((index * _groupCount) + group) * 2;
        baseline = _values[at];
        canary = _values[at + 1];
        return true;
    }
}
