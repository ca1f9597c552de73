namespace ReleaseGates.Engine.Decision;

/// <summary>The limits a budget may set (contract §1).</summary>
internal enum LimitKind
{
    /// <summary>allowed_delta: the worsening allowed in the metric's unit.</summary>
    Delta,

    /// <summary>allowed_relative_delta: the worsening allowed as a fraction of the baseline.</summary>
    Relative,

    /// <summary>max: an upper bound on the canary.</summary>
    Max,

    /// <summary>min: a lower bound on the canary.</summary>
    Min,
}
