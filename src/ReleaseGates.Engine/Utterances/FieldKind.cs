namespace ReleaseGates.Engine.Utterances;

/// <summary>What a number field of an utterance line is, and so which metrics it gives.</summary>
internal enum FieldKind
{
    /// <summary>A measure seen only as null so far.</summary>
    Unknown,

    /// <summary>first_partial_ms, final_ms: the _p50/_p95/_p99 percentiles and _timeout_rate.</summary>
    Latency,

    /// <summary>A number measure: _mean, _p50/_p95/_p99 and _timeout_rate.</summary>
    Number,

    /// <summary>A true/false measure: _rate, the share of true.</summary>
    Boolean,
}
