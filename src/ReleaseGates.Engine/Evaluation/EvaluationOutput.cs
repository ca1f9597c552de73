namespace ReleaseGates.Engine.Evaluation;

/// <summary>One side's evaluation (contract §2): overall metrics and, optionally, per-slice metrics.</summary>
public sealed class EvaluationOutput
{
    private readonly Dictionary<string, MetricSet> _slicesByName;

    public EvaluationOutput(string filePath, MetricSet overall, IReadOnlyList<KeyValuePair<string, MetricSet>> slices, EvalSetIdentity? identity = null)
    {
        FilePath = filePath;
        Overall = overall;
        Slices = slices;
        Identity = identity ?? EvalSetIdentity.Unknown;
        _slicesByName = new Dictionary<string, MetricSet>(StringComparer.Ordinal);
        foreach (var slice in slices)
        {
            _slicesByName[slice.Key] = slice.Value;
        }
    }

    /// <summary>The file (or pattern) the evaluation was read from, for messages.</summary>
    public string FilePath { get; }

    public MetricSet Overall { get; }

    /// <summary>The normaliser and evaluation set it was scored with, as far as it says.</summary>
    public EvalSetIdentity Identity { get; }

    /// <summary>In file order: the gate judges slices in the order the baseline lists them.</summary>
    public IReadOnlyList<KeyValuePair<string, MetricSet>> Slices { get; }

    public MetricSet? Slice(string name) => _slicesByName.TryGetValue(name, out var slice) ? slice : null;
}
