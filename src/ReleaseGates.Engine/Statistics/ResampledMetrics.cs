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

    /// <param name="metrics">The metrics resampled, by name.</param>
    /// <param name="slices">The baseline's slices (groups 1, 2, ...; group 0 is every utterance).</param>
    /// <param name="units">How many resampling units there are, for reports.</param>
    /// <param name="groups">How many of them are groups; the others are utterances without one.</param>
    public ResampledMetrics(IReadOnlyList<string> metrics, IReadOnlyList<string> slices, int units, BootstrapOptions options, int groups = 0)
    {
        Options = options;
        _groupCount = 1 + slices.Count;
        for (var metric = 0; metric < metrics.Count; metric++)
        {
            _metrics[metrics[metric]] = metric;
        }

        for (var slice = 0; slice < slices.Count; slice++)
        {
            _groups[slices[slice]] = slice + 1;
        }

        _values = new double[metrics.Count * _groupCount * 2][];
        for (var i = 0; i < _values.Length; i++)
        {
            _values[i] = new double[options.Resamples];
        }

        UnitCount = units;
        GroupCount = groups;
    }

    public BootstrapOptions Options { get; }

    /// <summary>How many resampling units (groups, or utterances) the pairs make.</summary>
    public int UnitCount { get; }

    public int GroupCount { get; }

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
