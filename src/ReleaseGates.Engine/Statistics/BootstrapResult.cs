using System;
using System.Collections.Generic;

namespace ReleaseGates.Engine.Statistics;

/// <summary>The intervals of the delta (canary - baseline) of <c>wer</c> and <c>entity_error_rate</c>, overall and per slice.</summary>
public sealed class BootstrapResult
{
    private readonly ConfidenceInterval?[] _wer;
    private readonly ConfidenceInterval?[] _entityErrorRate;
    private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);

    internal BootstrapResult(string[] sliceNames, ConfidenceInterval?[] wer, ConfidenceInterval?[] entityErrorRate)
    {
        _wer = wer;
        _entityErrorRate = entityErrorRate;
        for (var slice = 0; slice < sliceNames.Length; slice++)
        {
            _groups[sliceNames[slice]] = slice + 1;
        }
    }

    /// <summary>The interval of <paramref name="metric"/> for <paramref name="slice"/> (null: all utterances);
    /// null when that metric is not resampled, the slice is unknown, or no resample had a number.</summary>
    public ConfidenceInterval? Find(string metric, string? slice)
    {
        var group = 0;
        if (slice is not null && !_groups.TryGetValue(slice, out group))
        {
            return null;
        }

        return metric switch
        {
            Metrics.MetricNames.WordErrorRate => _wer[group],
            Metrics.MetricNames.EntityErrorRate => _entityErrorRate[group],
            _ => null,
        };
    }
}
